package care.tandem.query.operations;

import care.tandem.integrity.PersonKeys;
import care.tandem.query.readmodel.PersonShredded;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Once a person is shredded, every read model is rebuilt from the feed, where their text no longer opens: so their
 * name and words are gone from every answer, not only from what is read after the next rebuild. The keys held in
 * memory are first dropped (the person's, and a plan's that went with its last member), and so are the decoded
 * records the read models share ({@code SharedDecoding}). Shreddings that
 * come close together share one rebuild; one from before this instance started needs none, as everything here was
 * built after it, and one seen again in a rebuild needs no other.
 */
@Component
class ShreddingRebuilds {

    static final Duration GATHER_FOR = Duration.ofSeconds(2);
    private static final Logger log = LoggerFactory.getLogger(ShreddingRebuilds.class);

    private final ReadModelRebuilds rebuilds;
    private final ObjectProvider<PersonKeys> personKeys;
    private final Instant started;
    private final AtomicBoolean wanted = new AtomicBoolean();
    /** Shreddings already acted on: a rebuild reads them again. */
    private final Set<PersonShredded> actedOn = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "shredding-rebuilds");
        thread.setDaemon(true);
        return thread;
    });

    ShreddingRebuilds(ReadModelRebuilds rebuilds, ObjectProvider<PersonKeys> personKeys) {
        this.rebuilds = rebuilds;
        this.personKeys = personKeys;
        this.started = Clock.systemUTC().instant();
        worker.scheduleWithFixedDelay(this::rebuildIfWanted, GATHER_FOR.toMillis(), GATHER_FOR.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @EventListener
    void on(PersonShredded shredded) {
        personKeys.ifAvailable(PersonKeys::forgetAll);
        if (!shredded.shreddedAt().isBefore(started) && actedOn.add(shredded)) {
            wanted.set(true);
        }
    }

    private void rebuildIfWanted() {
        if (!wanted.getAndSet(false)) {
            return;
        }
        try {
            log.info("A person was shredded: rebuilding {} read models without their text",
                    rebuilds.rebuildAll().size());
        } catch (RebuildInProgressException | FeedUnavailableException notNow) {
            wanted.set(true);
        } catch (RuntimeException e) {
            wanted.set(true);
            log.warn("Rebuilding the read models after a shredding failed ({}); tried again shortly",
                    e.getClass().getSimpleName());
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
