package care.tandem.query.report;

import care.tandem.query.readmodel.PlanDocument;
import org.bson.codecs.pojo.annotations.BsonId;

/**
 * The pause of couples therapy in force in a plan, null when there is none, keyed {@code plan/<planId>}: the report
 * reads them all to count the time of pauses still in force up to now. One small document per plan ever paused.
 */
public record OngoingPauseDocument(
        @BsonId String id,
        long lastAppliedSequence,
        Pause pause) implements PlanDocument<OngoingPauseDocument> {

    static OngoingPauseDocument empty(String id) {
        return new OngoingPauseDocument(id, NOTHING_APPLIED, null);
    }

    @Override
    public OngoingPauseDocument withLastAppliedSequence(long sequence) {
        return new OngoingPauseDocument(id, sequence, pause);
    }

    OngoingPauseDocument with(Pause ongoing) {
        return new OngoingPauseDocument(id, lastAppliedSequence, ongoing);
    }
}
