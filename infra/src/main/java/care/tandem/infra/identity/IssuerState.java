package care.tandem.infra.identity;

import care.tandem.infra.identity.DemoAccounts.Account;
import care.tandem.infra.identity.MachineClients.MachineClient;
import com.nimbusds.jose.jwk.RSAKey;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;

/** What the issuer's Spring context is built from: its options and the files read from the data directory. */
record IssuerState(IssuerOptions options, RSAKey signingKey, List<Account> accounts, List<MachineClient> clients) {

    IssuerState {
        accounts = List.copyOf(accounts);
        clients = List.copyOf(clients);
    }

    static IssuerState loadOrCreate(IssuerOptions options) {
        try {
            Files.createDirectories(options.directory());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + options.directory(), e);
        }
        return new IssuerState(options, SigningKey.loadOrCreate(options.directory()),
                DemoAccounts.loadOrCreate(options.directory(), options.demoClinician(), options.demoParticipant()),
                MachineClients.loadOrCreate(options.directory()));
    }

    Optional<Account> account(String username) {
        return accounts.stream().filter(account -> account.username().equals(username)).findFirst();
    }
}
