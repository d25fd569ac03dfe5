package care.tandem.bench.rebuild;

import care.tandem.infra.embedded.EmbeddedMongo;

import java.time.Duration;
import java.util.List;

/**
 * What one rebuild benchmark run measures.
 *
 * @param partitions    of the topic
 * @param plans         plans on the feed
 * @param eventsPerPlan events of each plan's history
 * @param stores        the embedded read stores measured, each with its own server, passes and baseline
 * @param batchSizes    the query side is measured once per tracking-processor batch size, in this order, each on an
 *                      empty database (the first is also what sizes the baseline's documents)
 * @param passTimeout   a pass taking longer fails the run
 * @param querySamples  M6: requests of each dashboard query timed on the first pass's read models
 * @param seed          the histories are the same for the same seed
 */
record RebuildConfig(int partitions, int plans, int eventsPerPlan, List<EmbeddedMongo.Store> stores,
                     List<Integer> batchSizes, Duration passTimeout, int querySamples, long seed) {

    static final int EVENTS_PER_PLAN = 100;
    /** The query side's default ({@code tandem.projections.batch-size}). */
    static final List<Integer> BATCH_SIZES = List.of(1000);
    /**
     * Axon's default (one event per batch: every document read and written per event), then the query side's: the
     * smoke run proves both build the same documents.
     */
    static final List<Integer> SMOKE_BATCH_SIZES = List.of(1, 1000);
    /** The platform's default. */
    static final List<EmbeddedMongo.Store> STORES = List.of(EmbeddedMongo.Store.MEMORY);
    private static final long SEED = 20_261_122L;
    /** p99 is then the 3rd-slowest of 300. */
    private static final int QUERY_SAMPLES = 300;

    RebuildConfig {
        stores = List.copyOf(stores);
        batchSizes = List.copyOf(batchSizes);
        if (partitions < 1 || plans < 1 || eventsPerPlan < 1 || stores.isEmpty() || batchSizes.isEmpty()) {
            throw new IllegalArgumentException("at least one plan, one event, one store and one batch size");
        }
    }

    /** About {@code events} events: plans of {@value #EVENTS_PER_PLAN} events each. */
    static RebuildConfig ofEvents(long events, List<Integer> batchSizes) {
        return new RebuildConfig(EventFeed.DEFAULT_PARTITIONS, (int) Math.max(1, events / EVENTS_PER_PLAN),
                                 EVENTS_PER_PLAN, STORES, batchSizes, Duration.ofHours(2), QUERY_SAMPLES, SEED);
    }

    static RebuildConfig full() {
        return ofEvents(1_000_000, BATCH_SIZES);
    }

    /** 600 events on both stores: proves the whole path works, measures nothing worth reading. */
    static RebuildConfig smoke() {
        return ofEvents(600, SMOKE_BATCH_SIZES).withStores(List.of(EmbeddedMongo.Store.values()))
                .withTimeout(Duration.ofMinutes(10)).withQuerySamples(10);
    }

    RebuildConfig withPartitions(int partitions) {
        return new RebuildConfig(partitions, plans, eventsPerPlan, stores, batchSizes, passTimeout, querySamples, seed);
    }

    RebuildConfig withStores(List<EmbeddedMongo.Store> stores) {
        return new RebuildConfig(partitions, plans, eventsPerPlan, stores, batchSizes, passTimeout, querySamples, seed);
    }

    RebuildConfig withQuerySamples(int querySamples) {
        return new RebuildConfig(partitions, plans, eventsPerPlan, stores, batchSizes, passTimeout, querySamples, seed);
    }

    RebuildConfig withTimeout(Duration timeout) {
        return new RebuildConfig(partitions, plans, eventsPerPlan, stores, batchSizes, timeout, querySamples, seed);
    }

    long events() {
        return (long) plans * eventsPerPlan;
    }
}
