package care.tandem.command.integrity;

import care.tandem.integrity.ChainHash;
import care.tandem.integrity.Checkpoint;
import care.tandem.integrity.Checkpoints;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Signs a checkpoint of every stream's head every {@code tandem.integrity.checkpoint-interval} when anything was
 * appended since the last, and on an operator's demand. Each is logged with its root, so a copy outside the
 * database (the logs) can show that no checkpoint was removed from it. Several instances may each make one: a
 * checkpoint more is harmless.
 */
@Component
public class CheckpointSchedule implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(CheckpointSchedule.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final CheckpointKey key;
    private final Clock clock;
    private final Duration interval;
    private ScheduledExecutorService scheduler;

    CheckpointSchedule(DataSource dataSource, CheckpointKey key, Clock clock,
                       @Value("${tandem.integrity.checkpoint-interval}") Duration interval) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.key = key;
        this.clock = clock;
        this.interval = interval;
    }

    /** A checkpoint now, whether or not anything changed. */
    public Checkpoint checkpoint() {
        return inTransaction(true).orElseThrow();
    }

    private Optional<Checkpoint> inTransaction(boolean always) {
        Optional<Checkpoint> made = transaction.execute(status -> jdbc.execute(
                (ConnectionCallback<Optional<Checkpoint>>) connection -> always || changedSinceLast(connection)
                        ? Optional.of(Checkpoints.create(connection, key.signer(), clock.instant(), false))
                        : Optional.empty()));
        made.ifPresent(checkpoint -> log.info("Event store checkpoint {}: {} streams, root {}", checkpoint.id(),
                checkpoint.heads().size(), ChainHash.hex(checkpoint.root())));
        return made;
    }

    /** Whether the chain holds more entries than the last checkpoint's heads account for. */
    private static boolean changedSinceLast(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select (select count(*) from event_chain) "
                + "<> coalesce((select sum(sequencenumber + 1) from event_chain_checkpoint_heads where checkpoint_id "
                + "= (select max(id) from event_chain_checkpoints)), -1)");
             ResultSet row = select.executeQuery()) {
            row.next();
            return row.getBoolean(1);
        }
    }

    @Override
    public void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "event-chain-checkpoints");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::checkpointIfChanged, interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private void checkpointIfChanged() {
        try {
            inTransaction(false);
        } catch (RuntimeException e) {
            log.warn("The scheduled event store checkpoint failed ({}); it is tried again in {}",
                    e.getClass().getSimpleName(), interval);
        }
    }

    @Override
    public void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }
}
