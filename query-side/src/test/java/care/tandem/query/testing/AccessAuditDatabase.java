package care.tandem.query.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * One real PostgreSQL for the access audit of every query side a test JVM starts, up before any test runs
 * (registered through {@code META-INF/services}) and stopped when the session closes.
 */
public class AccessAuditDatabase implements LauncherSessionListener {

    private EmbeddedPostgres postgres;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        try {
            postgres = EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL for the access audit did not start", e);
        }
        System.setProperty("tandem.access-audit.url", postgres.getJdbcUrl("postgres", "postgres"));
        System.setProperty("tandem.access-audit.username", "postgres");
        System.setProperty("tandem.access-audit.password", "postgres");
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        try {
            if (postgres != null) {
                postgres.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
