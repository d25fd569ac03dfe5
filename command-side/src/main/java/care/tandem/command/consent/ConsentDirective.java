package care.tandem.command.consent;

import care.tandem.command.plan.DisclosureRequest;
import care.tandem.events.consent.ConsentGranted;

import java.time.Instant;

/**
 * One consent as the person's record holds it. In force at an instant once given, until revoked or past its end
 * date; a consent that ends at discharge ends with its plan, which takes no command once discharged.
 */
record ConsentDirective(ConsentGranted granted, Instant revokedAt) {

    static ConsentDirective given(ConsentGranted granted) {
        return new ConsentDirective(granted, null);
    }

    boolean revoked() {
        return revokedAt != null;
    }

    ConsentDirective revokedAt(Instant instant) {
        return new ConsentDirective(granted, instant);
    }

    boolean inForceAt(Instant instant) {
        return !instant.isBefore(granted.grantedAt())
                && (revokedAt == null || instant.isBefore(revokedAt))
                && (granted.expiresAt() == null || instant.isBefore(granted.expiresAt()));
    }

    /** Covers this recipient, kind of information, purpose and plan, and is in force when it is disclosed. */
    boolean covers(DisclosureRequest request) {
        return inForceAt(request.disclosedAt())
                && granted.planId().equals(request.planId())
                && granted.recipient().is(request.recipient())
                && granted.information().contains(request.information())
                && granted.purpose() == request.purpose();
    }
}
