package care.tandem.command.consent;

import care.tandem.events.consent.ConsentRevoked;
import care.tandem.events.id.PlanId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Mark one of the person's consents, given within the plan named, revoked from the given instant on. */
public record RecordConsentRevocation(@TargetAggregateIdentifier PersonConsentsId consents, PlanId planId,
                                      ConsentRevoked revocation) {
}
