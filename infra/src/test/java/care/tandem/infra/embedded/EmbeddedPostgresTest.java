package care.tandem.infra.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresTest {

    @TempDir
    Path dataDirectory;

    @Test
    void keepsCommittedRowsAcrossARestartOnTheSameDirectory() throws SQLException {
        int port = FreePort.pick();

        try (EmbeddedPostgres postgres = EmbeddedPostgres.start(dataDirectory.resolve("postgres"), port);
             Connection connection = connect(postgres);
             Statement statement = connection.createStatement()) {
            assertThat(postgres.jdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:" + port + "/tandem");
            statement.execute("CREATE TABLE care_plan (id TEXT PRIMARY KEY, title TEXT NOT NULL)");
            statement.execute("INSERT INTO care_plan VALUES ('plan-1', 'Weekly check-in'), ('plan-2', 'Sleep diary')");
        }

        try (EmbeddedPostgres postgres = EmbeddedPostgres.start(dataDirectory.resolve("postgres"), port);
             Connection connection = connect(postgres);
             Statement statement = connection.createStatement()) {
            assertThat(titles(statement)).containsExactly("Weekly check-in", "Sleep diary");
            assertThat(setting(statement, "fsync")).isEqualTo("on");
        }
    }

    @Test
    void asksEveryClientForTheGeneratedPasswordKeptInTheDataDirectory() throws Exception {
        int port = FreePort.pick();
        String password;
        try (EmbeddedPostgres postgres = EmbeddedPostgres.start(dataDirectory.resolve("postgres"), port)) {
            password = postgres.password();
            assertThat(password).hasSizeGreaterThanOrEqualTo(24).isNotEqualTo("postgres").isNotEqualTo("tandem");
            for (String guess : new String[] {"", "postgres", "tandem", password + "x"}) {
                assertThatThrownBy(() -> DriverManager.getConnection(postgres.jdbcUrl(), postgres.username(), guess))
                        .as("password %s", guess).isInstanceOf(SQLException.class);
            }
            assertThatThrownBy(() -> DriverManager.getConnection(postgres.jdbcUrl(), "postgres", guess(password)))
                    .isInstanceOf(SQLException.class);
        }
        try (EmbeddedPostgres again = EmbeddedPostgres.start(dataDirectory.resolve("postgres"), port);
             Connection connection = connect(again)) {
            assertThat(again.password()).isEqualTo(password);
            assertThat(connection.isValid(5)).isTrue();
        }
    }

    private static String guess(String password) {
        return new StringBuilder(password).reverse().toString();
    }

    private static Connection connect(EmbeddedPostgres postgres) throws SQLException {
        return DriverManager.getConnection(postgres.jdbcUrl(), postgres.username(), postgres.password());
    }

    private static List<String> titles(Statement statement) throws SQLException {
        List<String> titles = new ArrayList<>();
        try (ResultSet result = statement.executeQuery("SELECT title FROM care_plan ORDER BY id")) {
            while (result.next()) {
                titles.add(result.getString(1));
            }
        }
        return titles;
    }

    private static String setting(Statement statement, String name) throws SQLException {
        try (ResultSet result = statement.executeQuery("SHOW " + name)) {
            result.next();
            return result.getString(1);
        }
    }
}
