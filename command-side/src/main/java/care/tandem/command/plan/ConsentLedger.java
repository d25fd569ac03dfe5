package care.tandem.command.plan;

import care.tandem.events.consent.ConsentGranted;
import care.tandem.events.consent.ConsentRevoked;
import care.tandem.events.id.PlanId;
import org.axonframework.messaging.MetaData;

/**
 * Each person's consent record, kept apart from the plan (a person's consents are theirs, not the couple's). The plan
 * decides who may record what and hands it here; the person's record decides whether a consent covers a disclosure.
 * Called within the plan's command, so what either appends commits together or not at all.
 */
public interface ConsentLedger {

    void grant(ConsentGranted consent, MetaData metaData);

    /** Revokes a consent the person gave within the plan named. */
    void revoke(PlanId planId, ConsentRevoked revocation, MetaData metaData);

    /** Records the disclosure under a consent in force, or refuses it (409 {@code consent-required}). */
    void disclose(DisclosureRequest request, MetaData metaData);
}
