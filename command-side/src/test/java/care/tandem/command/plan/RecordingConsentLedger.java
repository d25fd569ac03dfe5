package care.tandem.command.plan;

import care.tandem.events.consent.ConsentGranted;
import care.tandem.events.consent.ConsentRevoked;
import care.tandem.events.id.PlanId;
import org.axonframework.messaging.MetaData;

import java.util.ArrayList;
import java.util.List;

/**
 * The person's consent records as the plan sees them in a fixture: what the plan handed over, and, when told to, a
 * refusal of every disclosure (the person's record found no consent in force).
 */
final class RecordingConsentLedger implements ConsentLedger {

    final List<ConsentGranted> grants = new ArrayList<>();
    final List<ConsentRevoked> revocations = new ArrayList<>();
    final List<DisclosureRequest> disclosures = new ArrayList<>();
    private boolean refuseDisclosures;

    void refuseEveryDisclosure() {
        refuseDisclosures = true;
    }

    @Override
    public void grant(ConsentGranted consent, MetaData metaData) {
        grants.add(consent);
    }

    @Override
    public void revoke(PlanId planId, ConsentRevoked revocation, MetaData metaData) {
        revocations.add(revocation);
    }

    @Override
    public void disclose(DisclosureRequest request, MetaData metaData) {
        if (refuseDisclosures) {
            throw new PlanRuleViolation("consent-required", "no consent in force");
        }
        disclosures.add(request);
    }
}
