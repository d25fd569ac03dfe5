package care.tandem.command.consent;

import care.tandem.command.plan.PlanRuleViolation;
import care.tandem.events.consent.ConsentGranted;
import care.tandem.events.consent.ConsentRevoked;
import care.tandem.events.consent.InformationDisclosed;
import care.tandem.events.consent.PersonalDataShredded;
import care.tandem.events.id.ConsentId;
import care.tandem.events.id.DisclosureId;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One person's consent record (42 CFR Part 2): the consents they gave, their revocations and every disclosure made
 * under them. A disclosure is recorded only if a consent in force covers it, so the accounting of disclosures is this
 * stream. The plan checks who may record what; this record alone decides what a consent covers.
 */
@Aggregate
@Revision("1")
public class PersonConsents {

    @AggregateIdentifier
    private String id;
    private final Map<ConsentId, ConsentDirective> consents = new LinkedHashMap<>();
    private final Set<DisclosureId> disclosures = new HashSet<>();
    private boolean shredded;

    protected PersonConsents() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RecordConsent command) {
        if (consents.containsKey(command.consent().consentId())) {
            throw new PlanRuleViolation("consent-exists", "The person's record already holds consent "
                    + command.consent().consentId());
        }
        apply(command.consent());
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RecordConsentRevocation command) {
        ConsentRevoked revocation = command.revocation();
        ConsentDirective consent = consents.get(revocation.consentId());
        if (consent == null || !consent.granted().planId().equals(command.planId())) {
            throw new UnknownConsentException(revocation.consentId().value());
        }
        if (consent.revoked()) {
            throw new PlanRuleViolation("consent-already-revoked", "Consent " + revocation.consentId()
                    + " was already revoked");
        }
        apply(revocation);
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(DiscloseInformation command) {
        var request = command.request();
        if (disclosures.contains(request.disclosureId())) {
            throw new PlanRuleViolation("disclosure-exists", "Disclosure " + request.disclosureId()
                    + " is already recorded");
        }
        ConsentDirective consent = consents.values().stream().filter(directive -> directive.covers(request))
                .findFirst().orElseThrow(ConsentRequiredException::new);
        apply(new InformationDisclosed(request.person(), request.disclosureId(), consent.granted().consentId(),
                request.planId(), request.sessionId(), request.recipient(), request.information(), request.purpose(),
                request.content(), request.notice(), request.disclosedBy(), request.disclosedAt()));
    }

    /**
     * The person's key is destroyed once, and not before the retention period after their record's last entry is
     * over unless an override is recorded with its basis.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(ShredPersonalData command) {
        if (shredded) {
            throw new PlanRuleViolation("already-shredded", "The person's personal data was already shredded");
        }
        boolean early = command.requestedAt().isBefore(command.retainedUntil());
        if (early && command.overrideBasis() == null) {
            throw new PlanRuleViolation("retention-period-not-over", "The person's record is retained until "
                    + command.retainedUntil() + "; shredding it earlier needs an override with its basis");
        }
        apply(new PersonalDataShredded(command.consents().person(), command.reason(), early,
                early ? command.overrideBasis() : null, command.lastEntryAt(), command.requestedBy(),
                command.requestedAt()));
    }

    @EventSourcingHandler
    void on(PersonalDataShredded event) {
        id = PersonConsentsId.of(event.person()).toString();
        shredded = true;
    }

    @EventSourcingHandler
    void on(ConsentGranted event) {
        id = PersonConsentsId.of(event.person()).toString();
        consents.put(event.consentId(), ConsentDirective.given(event));
    }

    @EventSourcingHandler
    void on(ConsentRevoked event) {
        consents.computeIfPresent(event.consentId(), (id, consent) -> consent.revokedAt(event.revokedAt()));
    }

    @EventSourcingHandler
    void on(InformationDisclosed event) {
        disclosures.add(event.disclosureId());
    }
}
