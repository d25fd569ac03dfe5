package care.tandem.bench.scaleout;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What a scale-out run measured and found.
 *
 * @param phases             load with one instance of each app, with two, and with the three kills
 * @param kills              what was killed, when (seconds into the kills' phase)
 * @param acknowledged       commands answered 2xx over the whole run
 * @param lost               acknowledged commands the event store does not hold
 * @param duplicated         acknowledged commands the event store holds more than once
 * @param convergedSeconds   from the load's end until the surviving query instance showed exactly the store's fold;
 *                           null when it did not within the limit
 * @param caughtUpSeconds    from the load's end until every read model said it had handled the whole feed
 * @param differences        what still differed when the limit was reached
 * @param segmentsBefore     each read model's segment, by the process id that held it before the kills
 * @param segmentsAfter      the same after convergence
 * @param publisherBefore    the command side's Kafka publisher segments by holder before the kills
 * @param publisherAfter     the same after convergence
 */
public record ScaleOutResults(ScaleOutConfig config, List<RoutedLoad.Phase> phases, List<Kill> kills,
                              int acknowledged, long lost, long duplicated, int events, int plans,
                              Double convergedSeconds, Double caughtUpSeconds, List<String> differences,
                              Map<String, Long> segmentsBefore, Map<String, Long> segmentsAfter,
                              Map<String, Long> publisherBefore, Map<String, Long> publisherAfter,
                              Survivors survivors, String loadBefore, String loadAfter, Duration elapsed) {

    /** @param atSecond seconds after the kills' phase began */
    public record Kill(String what, String process, long pid, double atSecond) {
    }

    /** The process ids of the app instances left running after the kills. */
    public record Survivors(long commandSide, long querySide) {
    }

    public boolean converged() {
        return convergedSeconds != null;
    }

    /** Whether every read model's segment and the Kafka publisher are held by the surviving instances. */
    public boolean survivorsHoldEverySegment() {
        return !segmentsAfter.isEmpty() && segmentsAfter.values().stream().allMatch(pid -> pid == survivors.querySide())
                && !publisherAfter.isEmpty()
                && publisherAfter.values().stream().allMatch(pid -> pid == survivors.commandSide());
    }

    /** Read-model segments the killed query instance held before, which the survivor took over. */
    public long segmentsTakenOver(long killedQuerySide) {
        return segmentsBefore.values().stream().filter(pid -> pid == killedQuerySide).count();
    }
}
