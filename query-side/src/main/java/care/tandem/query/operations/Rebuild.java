package care.tandem.query.operations;

import java.time.Instant;

/**
 * One rebuild of a read model: what the feed held when it started (the events it must handle again), how far it has
 * come, and how it ended.
 *
 * @param failure the class name of the exception that stopped it, when FAILED
 */
record Rebuild(String readModel, Instant startedAt, FeedExtent feedAtStart, State state, RebuildProgress progress,
               Instant finishedAt, String failure) {

    enum State {
        /** The processor is being shut down and its tokens reset, which drops the read model's collections. */
        RESETTING,
        /** The processor reads the feed again from its first event. */
        REPLAYING,
        /** The read model has handled again every event the feed held when the rebuild started. */
        COMPLETED,
        /** The reset failed; the processor was started again and the read model may be incomplete: rebuild it again. */
        FAILED
    }

    static Rebuild started(String readModel, Instant startedAt, FeedExtent feedAtStart) {
        return new Rebuild(readModel, startedAt, feedAtStart, State.RESETTING,
                           RebuildProgress.nothingYet(feedAtStart.events()), null, null);
    }

    boolean inProgress() {
        return state == State.RESETTING || state == State.REPLAYING;
    }

    Rebuild replaying() {
        return new Rebuild(readModel, startedAt, feedAtStart, State.REPLAYING, progress, null, null);
    }

    Rebuild progressed(RebuildProgress progress) {
        return progress.isComplete()
                ? new Rebuild(readModel, startedAt, feedAtStart, State.COMPLETED, progress,
                              startedAt.plus(progress.elapsed()), null)
                : new Rebuild(readModel, startedAt, feedAtStart, state, progress, null, null);
    }

    Rebuild failed(Instant at, Class<? extends Throwable> failure) {
        return new Rebuild(readModel, startedAt, feedAtStart, State.FAILED, progress, at, failure.getName());
    }
}
