package care.tandem.command.consent;

import care.tandem.command.plan.DisclosureRequest;
import care.tandem.command.plan.PlanRuleViolation;
import care.tandem.events.consent.ConsentAttestation;
import care.tandem.events.consent.ConsentGranted;
import care.tandem.events.consent.ConsentRecipient;
import care.tandem.events.consent.ConsentRevoked;
import care.tandem.events.consent.DisclosedInformation;
import care.tandem.events.consent.DisclosurePurpose;
import care.tandem.events.consent.InformationDisclosed;
import care.tandem.events.id.ClinicianId;
import care.tandem.events.id.ConsentId;
import care.tandem.events.id.DisclosureId;
import care.tandem.events.id.ParticipantId;
import care.tandem.events.id.PlanId;
import care.tandem.events.id.SessionId;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random sequences of consents given, revoked and expiring, and disclosures asked for at random instants, through
 * Axon's real command handling: a disclosure is recorded exactly when a consent in force at its instant covers its
 * recipient, information and purpose, and then names that consent; a refused one appends nothing.
 */
class PersonConsentsProperties {

    private static final ParticipantId ALEX = ParticipantId.of("p-alex");
    private static final List<ParticipantId> RECIPIENTS = List.of(ParticipantId.of("p-sam"),
            ParticipantId.of("p-morgan"));
    private static final List<DisclosedInformation> INFORMATION = List.of(DisclosedInformation.SESSION_SUMMARIES,
            DisclosedInformation.ATTENDANCE);
    private static final List<DisclosurePurpose> PURPOSES = List.of(DisclosurePurpose.COUPLES_OR_FAMILY_THERAPY,
            DisclosurePurpose.CARE_COORDINATION);
    private static final PlanId PLAN = PlanId.of("plan-1");
    private static final ClinicianId CLINICIAN = ClinicianId.of("c-1");
    private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

    /** kind 0-1 give, 2 revoke, 3-5 disclose; the other numbers pick consent, recipient, information, purpose. */
    record Step(int kind, int consent, int recipient, int information, int purpose, int hour, int lasts) {
    }

    @Provide
    Arbitrary<List<Step>> journeys() {
        Arbitrary<Step> step = Combinators.combine(
                Arbitraries.integers().between(0, 5), Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(0, 1), Arbitraries.integers().between(0, 1),
                Arbitraries.integers().between(0, 1), Arbitraries.integers().between(0, 24 * 30),
                Arbitraries.integers().between(1, 24 * 20)).as(Step::new);
        return step.list().ofMinSize(3).ofMaxSize(30);
    }

    @Property(tries = 300)
    void aDisclosureIsRecordedExactlyWhenAConsentInForceCoversIt(@ForAll("journeys") List<Step> journey) {
        Configuration axon = DefaultConfigurer.defaultConfiguration()
                .configureAggregate(PersonConsents.class)
                .configureEmbeddedEventStore(config -> new InMemoryEventStorageEngine())
                .buildConfiguration();
        axon.start();
        try {
            CommandGateway commands = axon.commandGateway();
            Map<ConsentId, ConsentGranted> given = new HashMap<>();
            Map<ConsentId, Instant> revoked = new HashMap<>();
            int step = 0;
            for (Step next : journey) {
                step++;
                Instant at = START.plus(Duration.ofHours(next.hour()));
                ConsentId consent = ConsentId.of("consent-" + next.consent());
                int before = stream(axon).size();
                if (next.kind() <= 1) {
                    ConsentGranted grant = new ConsentGranted(ALEX, consent, PLAN,
                            ConsentRecipient.member(RECIPIENTS.get(next.recipient())),
                            List.of(INFORMATION.get(next.information())), PURPOSES.get(next.purpose()), null,
                            at.plus(Duration.ofHours(next.lasts())), false, ConsentAttestation.SIGNED_IN_SESSION, ALEX,
                            at, CLINICIAN, at);
                    boolean accepted = tryCommand(commands, new RecordConsent(PersonConsentsId.of(ALEX), grant));
                    assertThat(accepted).as("step %d: a new consent id is accepted", step)
                            .isEqualTo(!given.containsKey(consent));
                    given.putIfAbsent(consent, grant);
                } else if (next.kind() == 2) {
                    boolean accepted = tryCommand(commands, new RecordConsentRevocation(PersonConsentsId.of(ALEX), PLAN,
                            new ConsentRevoked(ALEX, consent, CLINICIAN, at)));
                    assertThat(accepted).as("step %d: a given, unrevoked consent is revoked", step)
                            .isEqualTo(given.containsKey(consent) && !revoked.containsKey(consent));
                    if (accepted) {
                        revoked.put(consent, at);
                    }
                } else {
                    DisclosureRequest request = new DisclosureRequest(ALEX, DisclosureId.of("d-" + step), PLAN,
                            SessionId.of("s-1"), RECIPIENTS.get(next.recipient()), INFORMATION.get(next.information()),
                            PURPOSES.get(next.purpose()), "summary", "notice", CLINICIAN, at);
                    boolean covered = given.values().stream().anyMatch(grant -> covers(grant, revoked, request));
                    boolean accepted = tryCommand(commands, new DiscloseInformation(PersonConsentsId.of(ALEX),
                            request));
                    assertThat(accepted).as("step %d: recorded exactly when a consent in force covers it", step)
                            .isEqualTo(covered);
                    List<Object> after = stream(axon);
                    if (accepted) {
                        InformationDisclosed disclosed = (InformationDisclosed) after.get(after.size() - 1);
                        assertThat(covers(given.get(disclosed.consentId()), revoked, request))
                                .as("step %d: the consent it names covers it", step).isTrue();
                    }
                }
                if (stream(axon).size() > before + 1) {
                    throw new AssertionError("step " + step + " appended more than one event");
                }
            }
        } finally {
            axon.shutdown();
        }
    }

    private static boolean covers(ConsentGranted grant, Map<ConsentId, Instant> revoked, DisclosureRequest request) {
        Instant at = request.disclosedAt();
        Instant revokedAt = revoked.get(grant.consentId());
        return !at.isBefore(grant.grantedAt()) && at.isBefore(grant.expiresAt())
                && (revokedAt == null || at.isBefore(revokedAt))
                && grant.recipient().is(request.recipient()) && grant.information().contains(request.information())
                && grant.purpose() == request.purpose();
    }

    private static boolean tryCommand(CommandGateway commands, Object command) {
        try {
            commands.sendAndWait(command);
            return true;
        } catch (PlanRuleViolation | UnknownConsentException e) {
            return false;
        }
    }

    private static List<Object> stream(Configuration axon) {
        List<Object> payloads = new ArrayList<>();
        axon.eventStore().readEvents(PersonConsentsId.of(ALEX).toString())
                .forEachRemaining((DomainEventMessage<?> event) -> payloads.add(event.getPayload()));
        return payloads;
    }
}
