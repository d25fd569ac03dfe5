package care.tandem.command.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;

import java.io.IOException;

/**
 * A real PostgreSQL for a Spring test class of the command side. Each class gets its own server, so
 * bookings and plans of one class never collide with another's; each stops with its shutdown hook, after
 * the class's context closed ({@link CommandSideHttpTest}).
 */
public final class TestPostgres {

    private TestPostgres() {
    }

    public static EmbeddedPostgres start() {
        try {
            return EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new IllegalStateException("embedded PostgreSQL did not start", e);
        }
    }

    public static void register(DynamicPropertyRegistry registry, EmbeddedPostgres postgres) {
        registry.add("spring.datasource.url", () -> postgres.getJdbcUrl("postgres", "postgres"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
    }
}
