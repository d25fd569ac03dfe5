package care.tandem.query.operations;

import java.time.Instant;
import java.util.List;

/**
 * A read model, its processor on this instance, and where it stands on the event feed.
 *
 * @param name         the read model's processing group, as named in the operations paths
 * @param running      whether its processor runs on this instance
 * @param replaying    Axon's replay flag. A reset sets it, and Axon clears it only with the first event newer than the
 *                     position at the reset, so on a quiet feed it stays set after a rebuild completed; {@code rebuild}
 *                     tells whether one is under way
 * @param partitions   per partition of the feed, the next offset the processor will handle and the partition's end
 *                     offset; empty when the brokers do not answer or this instance runs none of the processor's
 *                     segments
 * @param eventsBehind events on the feed the read model has not handled yet; absent when {@code partitions} is empty
 * @param deadLetters  events it could not apply, parked with their plans' later events (see {@code dead-letters})
 * @param rebuild      the latest rebuild since this instance started; absent if there was none
 * @param health       whether it keeps up, judged every 2 s (see {@code ReadModelHealth}); the operations answers
 *                     always carry it
 */
public record ReadModelStatus(
        String name,
        boolean running,
        boolean replaying,
        List<Partition> partitions,
        Long eventsBehind,
        long deadLetters,
        RebuildStatus rebuild,
        Health health) {

    /** The same status with the latest health verdict on it. */
    ReadModelStatus judged(Health verdict) {
        return new ReadModelStatus(name, running, replaying, partitions, eventsBehind, deadLetters, rebuild, verdict);
    }

    /**
     * CURRENT: nothing waits for it. BEHIND: events wait and it is moving. REBUILDING: a rebuild replays the feed.
     * STALLED: it is not advancing (see {@code reason}).
     */
    public enum State { CURRENT, BEHIND, REBUILDING, STALLED }

    /**
     * @param reason       why it is stalled; absent otherwise
     * @param lastAdvanced when its position on the feed last moved (or it was first looked at)
     * @param stuckAt      while stalled, the partitions and offsets of the events it has not got past
     */
    public record Health(State state, String reason, Instant lastAdvanced, List<String> stuckAt) {

        static final Health CURRENT_NOW = new Health(State.CURRENT, null, null, List.of());
    }

    /** Offsets as Kafka counts them: {@code endOffset} is the offset the partition's next event will get. */
    public record Partition(int partition, long nextOffset, long endOffset) {
    }

    /**
     * A rebuild against the events the feed held when it started.
     *
     * @param state                RESETTING (dropping the read model), REPLAYING, COMPLETED, or FAILED
     * @param finishedAt           present once COMPLETED or FAILED
     * @param percentage           0 to 100
     * @param eventsPerSecond      the average since the start
     * @param estimatedSecondsLeft rounded up; absent until the first event is handled again
     * @param failure              the class name of the exception that stopped it, when FAILED
     */
    public record RebuildStatus(
            Rebuild.State state,
            Instant startedAt,
            Instant finishedAt,
            long eventsHandled,
            long eventsToHandle,
            double percentage,
            double eventsPerSecond,
            Long estimatedSecondsLeft,
            String failure) {

        static RebuildStatus of(Rebuild rebuild) {
            RebuildProgress progress = rebuild.progress();
            return new RebuildStatus(rebuild.state(), rebuild.startedAt(), rebuild.finishedAt(),
                                     progress.eventsHandled(), progress.eventsToHandle(), progress.percentage(),
                                     progress.eventsPerSecond(),
                                     progress.estimatedRemaining()
                                             .map(left -> (long) Math.ceil(left.toMillis() / 1000.0)).orElse(null),
                                     rebuild.failure());
        }
    }
}
