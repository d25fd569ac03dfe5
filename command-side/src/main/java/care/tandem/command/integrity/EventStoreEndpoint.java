package care.tandem.command.integrity;

import care.tandem.events.id.Ids;
import care.tandem.integrity.ChainHash;
import care.tandem.integrity.Checkpoint;
import care.tandem.integrity.StoreVerifier;
import care.tandem.integrity.Verification;
import org.springframework.boot.actuate.endpoint.InvalidEndpointRequestException;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * The operators' (and compliance staff's) view of the event store's integrity, {@code /actuator/event-store}: GET
 * verifies the whole store, or one plan ({@code ?planId=}) or one person's consents ({@code ?personId=}), against
 * the chain and the newest signed checkpoint; POST signs a checkpoint now. Ids and counts only.
 */
@Component
@Endpoint(id = "event-store")
class EventStoreEndpoint {

    private final StoreVerifier verifier;
    private final CheckpointSchedule checkpoints;

    EventStoreEndpoint(StoreVerifier verifier, CheckpointSchedule checkpoints) {
        this.verifier = verifier;
        this.checkpoints = checkpoints;
    }

    @ReadOperation
    Verification verify(@Nullable String planId, @Nullable String personId) {
        if (planId != null && personId != null) {
            throw new InvalidEndpointRequestException("give planId or personId, not both", "planId and personId");
        }
        if (planId != null) {
            return verifier.verifyStream(id("planId", planId));
        }
        if (personId != null) {
            return verifier.verifyStream("consents/" + id("personId", personId));
        }
        return verifier.verifyStore();
    }

    /** A checkpoint as signed: what an operator may copy outside the database. */
    record Signed(long id, Instant createdAt, int streams, String root, String signature) {
    }

    @WriteOperation
    Signed checkpoint() {
        Checkpoint made = checkpoints.checkpoint();
        return new Signed(made.id(), made.createdAt(), made.heads().size(), ChainHash.hex(made.root()),
                ChainHash.hex(made.signature()));
    }

    private static String id(String parameter, String value) {
        if (!Ids.isValid(value)) {
            throw new InvalidEndpointRequestException("'" + parameter + "' is invalid: an id is 1-64 of "
                    + "[A-Za-z0-9._-]", parameter + " is no id");
        }
        return value;
    }
}
