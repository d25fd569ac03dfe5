package care.tandem.infra.identity;

import care.tandem.infra.embedded.GeneratedPassword;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The machine clients of the embedded issuer (OAuth2 client credentials), with secrets generated on first start
 * and kept in {@value #FILE_NAME}: the demo seeder and benchmarks, which write plans; a metrics scraper; and
 * deployment automation for the read models' operations (status, rebuild, dead letters).
 */
public final class MachineClients {

    static final String FILE_NAME = "machine-clients.txt";
    public static final String SEEDER = "tandem-seeder";
    public static final String METRICS_SCRAPER = "tandem-metrics";
    public static final String OPERATIONS = "tandem-operations";

    /** A client's id, secret and the scopes it may ask for. */
    public record MachineClient(String clientId, String secret, List<String> scopes) {
        public MachineClient {
            scopes = List.copyOf(scopes);
        }
    }

    private MachineClients() {
    }

    static List<MachineClient> loadOrCreate(Path directory) {
        Path file = directory.resolve(FILE_NAME);
        if (Files.exists(file)) {
            return read(file);
        }
        List<MachineClient> clients = List.of(
                new MachineClient(SEEDER, GeneratedPassword.newSecret(), List.of("plans.read", "plans.write")),
                new MachineClient(METRICS_SCRAPER, GeneratedPassword.newSecret(), List.of("metrics.read")),
                new MachineClient(OPERATIONS, GeneratedPassword.newSecret(), List.of("operations")));
        StringBuilder text = new StringBuilder("""
                # Machine clients of Tandem's embedded issuer (client credentials), generated on first start.
                # Keep this file private. client-id secret scopes...
                """);
        clients.forEach(client -> text.append(client.clientId()).append(' ').append(client.secret()).append(' ')
                .append(String.join(" ", client.scopes())).append('\n'));
        PrivateFiles.write(file, text.toString());
        return clients;
    }

    private static List<MachineClient> read(Path file) {
        List<MachineClient> clients = new ArrayList<>();
        for (String line : PrivateFiles.entries(file)) {
            String[] fields = line.split("\\s+");
            if (fields.length < 3) {
                throw new IllegalStateException(file + " has a line without client id, secret and a scope");
            }
            clients.add(new MachineClient(fields[0], fields[1], Arrays.asList(fields).subList(2, fields.length)));
        }
        return List.copyOf(clients);
    }
}
