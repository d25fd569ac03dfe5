package care.tandem.command.consent;

import care.tandem.command.plan.DisclosureRequest;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Disclose an item of the person's information, if and only if one of their consents covers it now. */
public record DiscloseInformation(@TargetAggregateIdentifier PersonConsentsId consents, DisclosureRequest request) {
}
