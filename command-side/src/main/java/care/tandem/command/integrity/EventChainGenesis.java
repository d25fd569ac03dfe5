package care.tandem.command.integrity;

import care.tandem.integrity.Checkpoint;
import care.tandem.integrity.Checkpoints;
import care.tandem.integrity.EventChain;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;

/**
 * Starts the chain of a store that holds events from before it: before the service takes its first command, every
 * stored event is chained and a genesis checkpoint signed, which says from when on the history is proven. It happens
 * once: a marker beside the checkpoint key (outside the database) remembers it, so a chain deleted from the database
 * later is reported, not quietly made again.
 */
@Component
class EventChainGenesis implements SmartInitializingSingleton {

    static final String MARKER = "event-chain-started";
    private static final Logger log = LoggerFactory.getLogger(EventChainGenesis.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final CheckpointKey key;
    private final Clock clock;

    EventChainGenesis(DataSource dataSource, CheckpointKey key, Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.key = key;
        this.clock = clock;
    }

    @Override
    public void afterSingletonsInstantiated() {
        transaction.executeWithoutResult(status -> jdbc.execute((ConnectionCallback<Void>) connection -> {
            start(connection);
            return null;
        }));
    }

    private void start(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(
                "select pg_advisory_xact_lock(hashtext('tandem-event-chain-genesis'))")) {
            lock.execute();
        }
        Path marker = key.folder().resolve(MARKER);
        if (Checkpoints.chainStarted(connection)) {
            mark(marker);
            return;
        }
        if (!anyEvent(connection)) {
            mark(marker);
            return;
        }
        if (Files.exists(marker)) {
            log.error("The event store holds events but no event chain, which was started before: it was removed "
                    + "from the database. Not chaining again; verify the store");
            return;
        }
        long chained = EventChain.chainEverything(connection);
        Checkpoint genesis = Checkpoints.create(connection, key.signer(), clock.instant(), true);
        mark(marker);
        log.info("Event chain started: {} stored events chained, genesis checkpoint {} of {} streams at {}", chained,
                genesis.id(), genesis.heads().size(), genesis.createdAt());
    }

    private static boolean anyEvent(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select exists (select 1 from domainevententry)");
             ResultSet row = select.executeQuery()) {
            row.next();
            return row.getBoolean(1);
        }
    }

    private static void mark(Path marker) {
        try {
            if (!Files.exists(marker)) {
                Files.createDirectories(marker.getParent());
                Files.writeString(marker, "The event chain of this deployment's store was started.\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the event chain's marker could not be written", e);
        }
    }
}
