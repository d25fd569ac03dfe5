package care.tandem.command.consent;

import care.tandem.events.consent.ConsentGranted;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Add a consent the plan has checked (who signs, to whom) to the person's record. */
public record RecordConsent(@TargetAggregateIdentifier PersonConsentsId consents, ConsentGranted consent) {
}
