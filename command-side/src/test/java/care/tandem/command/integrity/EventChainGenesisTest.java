package care.tandem.command.integrity;

import care.tandem.command.testing.TestPostgres;
import care.tandem.integrity.CheckpointKeys;
import care.tandem.integrity.StoreVerifier;
import care.tandem.integrity.Verification;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A store that held events before its chain existed: its first start chains them under a genesis checkpoint, once;
 * a chain later deleted from the database is not quietly made again.
 */
class EventChainGenesisTest {

    private static final EmbeddedPostgres POSTGRES = TestPostgres.start();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T08:00:00Z"), ZoneOffset.UTC);

    @AfterAll
    static void stop() throws Exception {
        POSTGRES.close();
    }

    @Test
    void eventsFromBeforeTheChainAreChainedUnderAGenesisCheckpointOnceAndOnlyOnce(@TempDir Path keys) {
        DataSource store = POSTGRES.getPostgresDatabase();
        Flyway.configure().dataSource(store).locations("classpath:db/migration").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(store);
        for (String stream : new String[]{"plan-old-1", "plan-old-2", "consents/p-old"}) {
            for (int sequence = 0; sequence < 3; sequence++) {
                jdbc.update("insert into domainevententry (aggregateidentifier, sequencenumber, type, "
                        + "eventidentifier, metadata, payload, payloadrevision, payloadtype, timestamp) values "
                        + "(?, ?, 'TreatmentPlan', ?, ?, ?, '1', 'care.tandem.events.plan.SessionScheduled', "
                        + "'2026-03-01T09:00:00Z')", stream, sequence, stream + "-" + sequence, "{}".getBytes(),
                        ("{\"n\":" + sequence + "}").getBytes());
            }
        }
        CheckpointKey key = new CheckpointKey(CheckpointKeys.signer(keys.resolve(CheckpointKeys.SIGNING_FILE)),
                CheckpointKeys.verifier(keys.resolve(CheckpointKeys.VERIFYING_FILE)), keys);
        StoreVerifier verifier = new StoreVerifier(store, key.verifier(), CLOCK);

        new EventChainGenesis(store, key, CLOCK).afterSingletonsInstantiated();
        Verification afterGenesis = verifier.verifyStore();
        assertThat(afterGenesis.verified()).as("%s", afterGenesis).isTrue();
        assertThat(afterGenesis.events()).isEqualTo(9);
        assertThat(afterGenesis.genesis()).isNotNull();
        assertThat(afterGenesis.genesis().createdAt()).isEqualTo(CLOCK.instant());
        assertThat(afterGenesis.checkpoint().streams()).isEqualTo(3);
        assertThat(Files.exists(keys.resolve(EventChainGenesis.MARKER))).isTrue();

        new EventChainGenesis(store, key, CLOCK).afterSingletonsInstantiated();
        assertThat(jdbc.queryForObject("select count(*) from event_chain_checkpoints", Integer.class))
                .as("a second start makes no second genesis").isEqualTo(1);

        jdbc.update("delete from event_chain_checkpoint_heads");
        jdbc.update("delete from event_chain_checkpoints");
        jdbc.update("delete from event_chain");
        new EventChainGenesis(store, key, CLOCK).afterSingletonsInstantiated();
        Verification chainRemoved = verifier.verifyStore();
        assertThat(chainRemoved.verified()).isFalse();
        assertThat(chainRemoved.problems()).hasSize(3)
                .allSatisfy(problem -> assertThat(problem.kind().name()).isEqualTo("UNCHAINED"));
    }
}
