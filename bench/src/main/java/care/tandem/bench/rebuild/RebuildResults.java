package care.tandem.bench.rebuild;

import care.tandem.bench.LatencyStats;
import care.tandem.infra.embedded.EmbeddedMongo;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything one run measured.
 *
 * @param feedBytes   the serialised events on the topic (record values)
 * @param published   how long filling the topic took (not a figure of the issue; tells what the run cost)
 * @param rebuilds    M3, per store one pass per batch size of the configuration, in its order
 * @param volumes     what each rebuild pass left in its database, in the same order
 * @param heldOnHeap  heap in use after each rebuild pass beyond what was in use before its store held read models, in
 *                    the same order: the read models on the in-memory store's heap (the H2 store keeps a cache)
 * @param queryLatency M6: each dashboard query (and the baseline) on the read models of the first pass
 * @param baselines   B4, per store right after its first rebuild pass and again after its last
 * @param loadBefore  the machine's load averages (1, 5, 15 min) before the run
 * @param loadAfter   and after it
 */
record RebuildResults(RebuildConfig config, long feedBytes, Duration published, List<Pass> rebuilds,
                      List<ReadModelVolume> volumes, List<Long> heldOnHeap,
                      Map<String, LatencyStats> queryLatency, List<Pass> baselines, String loadBefore, String loadAfter,
                      Duration elapsed) {

    RebuildResults {
        rebuilds = List.copyOf(rebuilds);
        volumes = List.copyOf(volumes);
        heldOnHeap = List.copyOf(heldOnHeap);
        queryLatency = Collections.unmodifiableMap(new LinkedHashMap<>(queryLatency));
        baselines = List.copyOf(baselines);
    }

    /** The mean of the store's B4 passes: what its passes are compared with. */
    double baselineOf(EmbeddedMongo.Store store) {
        return baselines.stream().filter(pass -> pass.store() == store).mapToDouble(Pass::eventsPerSecond)
                .average().orElseThrow();
    }
}
