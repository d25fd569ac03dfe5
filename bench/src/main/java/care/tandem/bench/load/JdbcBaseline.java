package care.tandem.bench.load;

import care.tandem.bench.LatencyStats;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * B2, the baseline of M1: the JDBC round trips one command costs without anything of ours around them, as many
 * transactions as {@code concurrency} connections can do, against the same PostgreSQL and the plans the load wrote.
 * One transaction, as the command side's: the plan's advisory lock, its latest snapshot, its events after it, the new
 * event row, the plan's last sequence number, commit. The new rows go to a copy of the event table (same columns and
 * indexes), so that the publisher never sees them; their payload is a real event's.
 */
final class JdbcBaseline {

    /** @param throughput transactions per second over the window */
    record Result(int concurrency, int transactions, double throughput, LatencyStats latency) {
    }

    private static final int PLAN_LOCK_SPACE = 0x54414E44;

    private JdbcBaseline() {
    }

    static Result run(String jdbcUrl, String username, String password, int concurrency, List<String> planIds,
                      Duration window) {
        HikariConfig pool = new HikariConfig();
        pool.setJdbcUrl(jdbcUrl);
        pool.setUsername(username);
        pool.setPassword(password);
        pool.setMaximumPoolSize(concurrency);
        pool.setAutoCommit(false);
        try (HikariDataSource dataSource = new HikariDataSource(pool)) {
            EventRow sample = prepare(dataSource);
            AtomicInteger nextPlan = new AtomicInteger();
            AtomicLong nextSequence = new AtomicLong();
            long deadline = System.nanoTime() + window.toNanos();
            long started = System.nanoTime();
            ExecutorService workers = Executors.newFixedThreadPool(concurrency);
            List<Future<List<Long>>> running = new ArrayList<>();
            for (int i = 0; i < concurrency; i++) {
                running.add(workers.submit(() -> {
                    List<Long> latencies = new ArrayList<>();
                    while (System.nanoTime() < deadline) {
                        String plan = planIds.get(Math.floorMod(nextPlan.getAndIncrement(), planIds.size()));
                        long start = System.nanoTime();
                        transaction(dataSource, plan, nextSequence.incrementAndGet(), sample);
                        latencies.add(System.nanoTime() - start);
                    }
                    return latencies;
                }));
            }
            long[] all = collect(running, workers);
            double seconds = (System.nanoTime() - started) / 1e9;
            return new Result(concurrency, all.length, all.length / seconds, LatencyStats.of(all));
        }
    }

    private record EventRow(String type, byte[] metadata, byte[] payload, String payloadRevision, String payloadType,
                            String timestamp) {
    }

    private static EventRow prepare(HikariDataSource dataSource) throws IllegalStateException {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("CREATE TABLE IF NOT EXISTS bench_event_entry (LIKE domainevententry INCLUDING INDEXES)");
            sql.execute("CREATE SEQUENCE IF NOT EXISTS bench_event_entry_seq");
            EventRow row;
            try (ResultSet sample = sql.executeQuery("SELECT type, metadata, payload, payloadrevision, payloadtype, "
                    + "timestamp FROM domainevententry WHERE payloadtype LIKE '%SessionScheduled' LIMIT 1")) {
                if (!sample.next()) {
                    throw new IllegalStateException("the load stored no SessionScheduled event to copy");
                }
                row = new EventRow(sample.getString(1), sample.getBytes(2), sample.getBytes(3), sample.getString(4),
                        sample.getString(5), sample.getString(6));
            }
            connection.commit();
            return row;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare the JDBC baseline", e);
        }
    }

    private static void transaction(HikariDataSource dataSource, String plan, long sequence, EventRow row)
            throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement lock = connection.prepareStatement(
                    "SELECT pg_advisory_xact_lock(?, hashtext(?))")) {
                lock.setInt(1, PLAN_LOCK_SPACE);
                lock.setString(2, plan);
                drain(lock.executeQuery());
            }
            long after = -1;
            try (PreparedStatement snapshot = connection.prepareStatement("SELECT sequencenumber, payload, metadata "
                    + "FROM snapshotevententry WHERE aggregateidentifier = ? ORDER BY sequencenumber DESC LIMIT 1")) {
                snapshot.setString(1, plan);
                try (ResultSet latest = snapshot.executeQuery()) {
                    if (latest.next()) {
                        after = latest.getLong(1);
                        latest.getBytes(2);
                    }
                }
            }
            try (PreparedStatement events = connection.prepareStatement("SELECT globalindex, type, aggregateidentifier, "
                    + "sequencenumber, eventidentifier, timestamp, payloadtype, payloadrevision, payload, metadata "
                    + "FROM domainevententry WHERE aggregateidentifier = ? AND sequencenumber > ? "
                    + "ORDER BY sequencenumber ASC")) {
                events.setString(1, plan);
                events.setLong(2, after);
                drain(events.executeQuery());
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO bench_event_entry (globalindex, "
                    + "aggregateidentifier, sequencenumber, type, eventidentifier, metadata, payload, payloadrevision, "
                    + "payloadtype, timestamp) VALUES (nextval('bench_event_entry_seq'), ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, plan);
                insert.setLong(2, sequence);
                insert.setString(3, row.type());
                insert.setString(4, UUID.randomUUID().toString());
                insert.setBytes(5, row.metadata());
                insert.setBytes(6, row.payload());
                insert.setString(7, row.payloadRevision());
                insert.setString(8, row.payloadType());
                insert.setString(9, row.timestamp());
                insert.executeUpdate();
            }
            try (PreparedStatement last = connection.prepareStatement(
                    "SELECT max(sequencenumber) FROM domainevententry WHERE aggregateidentifier = ?")) {
                last.setString(1, plan);
                drain(last.executeQuery());
            }
            connection.commit();
        }
    }

    private static void drain(ResultSet rows) throws SQLException {
        try (rows) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                for (int column = 1; column <= columns; column++) {
                    rows.getObject(column);
                }
            }
        }
    }

    private static long[] collect(List<Future<List<Long>>> running, ExecutorService workers) {
        try {
            List<Long> all = new ArrayList<>();
            for (Future<List<Long>> worker : running) {
                all.addAll(worker.get());
            }
            return all.stream().mapToLong(Long::longValue).toArray();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a baseline transaction failed", e.getCause());
        } finally {
            workers.shutdownNow();
        }
    }
}
