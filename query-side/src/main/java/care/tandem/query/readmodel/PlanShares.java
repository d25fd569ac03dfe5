package care.tandem.query.readmodel;

import care.tandem.events.id.PlanId;

import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Keeps a plan's state document and the plan's shares of a view across plans (one document per {@link DocumentKey}
 * ending in the plan id, such as week/plan) in step. Every share is a pure function of the plan's state, so an event
 * recomputes the shares from the state before and after it and writes those whose content changed, then the state.
 * <p>
 * Every write is guarded by the plan's sequence number: a redelivered event changes nothing, and plans never write each
 * other's documents, so any interleaving of plans is harmless. Shares are written before the state, so after a crash
 * between the two the redelivered event recomputes the same shares from the same state.
 *
 * @param <S> the plan's state document
 * @param <C> the content of one share; equal contents mean nothing to write
 * @param <D> a share document
 */
public final class PlanShares<S extends PlanDocument<S>, C, D extends PlanDocument<D>> {

    private final PlanDocuments<S> states;
    private final PlanDocuments<D> shares;
    private final Function<S, Map<DocumentKey, C>> sharesOf;
    private final BiFunction<DocumentKey, C, D> shareDocument;
    private final C nothing;

    /**
     * @param sharesOf      the content of each share the state contributes to, keyed by the share's document key
     * @param shareDocument builds the share document with the given key and content
     * @param nothing       the content of a share the state no longer contributes to
     */
    public PlanShares(PlanDocuments<S> states, PlanDocuments<D> shares, Function<S, Map<DocumentKey, C>> sharesOf,
                      BiFunction<DocumentKey, C, D> shareDocument, C nothing) {
        this.states = states;
        this.shares = shares;
        this.sharesOf = sharesOf;
        this.shareDocument = shareDocument;
        this.nothing = nothing;
    }

    public void apply(PlanId planId, long sequenceNumber, UnaryOperator<S> change) {
        states.apply(planId, sequenceNumber, change, (before, after) -> writeShares(before, after, sequenceNumber));
    }

    private void writeShares(S before, S after, long sequenceNumber) {
        Map<DocumentKey, C> sharesBefore = sharesOf.apply(before);
        Map<DocumentKey, C> sharesAfter = sharesOf.apply(after);
        TreeSet<DocumentKey> touched = new TreeSet<>(Comparator.comparing(DocumentKey::value));
        touched.addAll(sharesBefore.keySet());
        touched.addAll(sharesAfter.keySet());
        for (DocumentKey key : touched) {
            C content = sharesAfter.getOrDefault(key, nothing);
            if (!Objects.equals(content, sharesBefore.getOrDefault(key, nothing))) {
                shares.apply(key, sequenceNumber, share -> shareDocument.apply(key, content));
            }
        }
    }

    /** Forgets every state and share, so that a reset processor rebuilds them from the first event. */
    public void deleteAll() {
        shares.deleteAll();
        states.deleteAll();
    }
}
