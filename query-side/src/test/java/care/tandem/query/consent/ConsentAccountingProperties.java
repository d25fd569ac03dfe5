package care.tandem.query.consent;

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
import care.tandem.query.testing.InMemoryMongo;
import care.tandem.query.testing.PlanStream;
import care.tandem.query.testing.Projector;
import com.mongodb.client.MongoDatabase;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random consent streams of two people, delivered as the feed delivers them (some events twice): every disclosure
 * recorded in a person's stream appears, once and in order, in that person's accounting and in what its recipient
 * received; nothing else does.
 */
class ConsentAccountingProperties {

    private static final InMemoryMongo MONGO = new InMemoryMongo();
    private static final List<ParticipantId> PEOPLE = List.of(ParticipantId.of("p-a"), ParticipantId.of("p-b"));
    private static final ParticipantId OUTSIDER = ParticipantId.of("p-c");
    private static final PlanId PLAN = PlanId.of("plan-1");
    private static final ClinicianId CLINICIAN = ClinicianId.of("c-1");
    private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

    /** kind 0 give, 1 revoke, 2-4 disclose; whose stream; to whom; and whether the feed delivers it twice. */
    record Step(int kind, int person, int recipient, boolean redelivered) {
    }

    @BeforeContainer
    static void startMongo() throws Exception {
        MONGO.beforeAll(null);
    }

    @AfterContainer
    static void stopMongo() {
        MONGO.afterAll(null);
    }

    @Provide
    Arbitrary<List<Step>> streams() {
        return Combinators.combine(Arbitraries.integers().between(0, 4), Arbitraries.integers().between(0, 1),
                Arbitraries.integers().between(0, 1), Arbitraries.of(true, false)).as(Step::new)
                .list().ofMinSize(1).ofMaxSize(25);
    }

    @Property(tries = 100)
    void everyRecordedDisclosureIsInTheAccountingOfThePersonItIsAboutAndWithItsRecipient(
            @ForAll("streams") List<Step> steps) {
        MongoDatabase database = MONGO.freshDatabase();
        ConsentRecords records = new ConsentRecords(database);
        ReceivedDisclosures received = new ReceivedDisclosures(database);
        ConsentRecordProjection projection = new ConsentRecordProjection(records, received,
                new DischargedPlans(database), news -> { });
        List<Projector> streams = PEOPLE.stream()
                .map(person -> new Projector(projection, PlanStream.consentsOf(person))).toList();
        List<List<InformationDisclosed>> disclosed = List.of(new ArrayList<>(), new ArrayList<>());
        List<Long> delivered = new ArrayList<>(List.of(0L, 0L));

        for (int index = 0; index < steps.size(); index++) {
            Step step = steps.get(index);
            ParticipantId person = PEOPLE.get(step.person());
            ParticipantId recipient = step.recipient() == step.person() ? OUTSIDER : PEOPLE.get(step.recipient());
            Instant at = START.plus(Duration.ofMinutes(index));
            ConsentId consent = ConsentId.of("consent-" + person.value());
            Object event = switch (step.kind()) {
                case 0 -> new ConsentGranted(person, consent, PLAN, ConsentRecipient.member(recipient),
                        List.of(DisclosedInformation.SESSION_SUMMARIES), DisclosurePurpose.COUPLES_OR_FAMILY_THERAPY,
                        null, null, true, ConsentAttestation.SIGNED_IN_SESSION, person, at, CLINICIAN, at);
                case 1 -> new ConsentRevoked(person, consent, CLINICIAN, at);
                default -> new InformationDisclosed(person, DisclosureId.of("d-" + index), consent, PLAN,
                        SessionId.of("s-" + index), recipient, DisclosedInformation.SESSION_SUMMARIES,
                        DisclosurePurpose.COUPLES_OR_FAMILY_THERAPY, "summary " + index, "notice", CLINICIAN, at);
            };
            Projector stream = streams.get(step.person());
            stream.project(event);
            long sequence = delivered.get(step.person());
            delivered.set(step.person(), sequence + 1);
            if (step.redelivered()) {
                stream.redeliver(sequence);
            }
            if (event instanceof InformationDisclosed disclosure) {
                disclosed.get(step.person()).add(disclosure);
            }
        }

        for (int person = 0; person < PEOPLE.size(); person++) {
            List<String> accounted = records.of(PEOPLE.get(person))
                    .map(record -> record.disclosures().stream().map(DisclosureEntry::disclosureId).toList())
                    .orElse(List.of());
            assertThat(accounted).containsExactlyElementsOf(disclosed.get(person).stream()
                    .map(disclosure -> disclosure.disclosureId().value()).toList());
        }
        for (ParticipantId recipient : List.of(PEOPLE.get(0), PEOPLE.get(1), OUTSIDER)) {
            List<String> got = received.of(recipient).stream()
                    .flatMap(document -> document.disclosures().stream()).map(DisclosureEntry::disclosureId)
                    .sorted().toList();
            assertThat(got).containsExactlyElementsOf(disclosed.stream().flatMap(List::stream)
                    .filter(disclosure -> disclosure.recipient().equals(recipient))
                    .map(disclosure -> disclosure.disclosureId().value()).sorted().toList());
        }
    }
}
