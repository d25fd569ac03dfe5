package care.tandem.infra.identity;

import care.tandem.infra.embedded.GeneratedPassword;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The people who can log in to the embedded issuer: one demo account per role, with passwords generated on first
 * start and kept in {@value #FILE_NAME} in the data directory (never in git, never in a log). The clinic's own
 * issuer replaces all of this.
 */
public final class DemoAccounts {

    static final String FILE_NAME = "demo-accounts.txt";

    /**
     * A person's login: the username is the token's subject, the role goes into the roles claim, and a participant's
     * participant id into the {@code participant_id} claim (null for staff). In the file a participant's role is
     * written {@code participant:<participantId>}.
     */
    public record Account(String username, String password, String role, String displayName, String participantId) {

        String roleField() {
            return participantId == null ? role : role + ":" + participantId;
        }
    }

    private DemoAccounts() {
    }

    static List<Account> loadOrCreate(Path directory, String demoClinician, String demoParticipant) {
        Path file = directory.resolve(FILE_NAME);
        if (Files.exists(file)) {
            return read(file);
        }
        List<Account> accounts = List.of(
                generated(demoClinician, "clinician", "Demo Clinical Supervisor", null),
                generated("c-demo-covering", "clinician", "Demo Covering Clinician", null),
                generated("demo-compliance", "compliance", "Demo Compliance Officer", null),
                generated("demo-program-lead", "program-lead", "Demo Program Lead", null),
                generated("demo-operator", "operator", "Demo Operator", null),
                generated("demo-participant", "participant", "Demo Participant", demoParticipant));
        StringBuilder text = new StringBuilder("""
                # Demo accounts of Tandem's embedded issuer, generated on first start. Keep this file private.
                # c-demo-covering is on no care team: it reads a plan only by breaking the glass.
                # demo-participant is a partner of a demo couple: their own record only.
                # username password role[:participant id] display name
                """);
        accounts.forEach(account -> text.append(String.join(" ", account.username(), account.password(),
                account.roleField(), account.displayName())).append('\n'));
        PrivateFiles.write(file, text.toString());
        return accounts;
    }

    private static Account generated(String username, String role, String displayName, String participantId) {
        return new Account(username, GeneratedPassword.newSecret(), role, displayName, participantId);
    }

    private static List<Account> read(Path file) {
        List<Account> accounts = new ArrayList<>();
        for (String line : PrivateFiles.entries(file)) {
            String[] fields = line.split("\\s+", 4);
            if (fields.length < 4) {
                throw new IllegalStateException(file + " has a line without username, password, role and name");
            }
            String[] role = fields[2].split(":", 2);
            accounts.add(new Account(fields[0], fields[1], role[0], fields[3], role.length == 2 ? role[1] : null));
        }
        return List.copyOf(accounts);
    }
}
