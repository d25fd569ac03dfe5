package care.tandem.query.consent;

import care.tandem.access.Role;
import care.tandem.access.testing.TestIssuer;
import care.tandem.events.consent.ConsentAttestation;
import care.tandem.events.consent.ConsentGranted;
import care.tandem.events.consent.ConsentRecipient;
import care.tandem.events.consent.ConsentRevoked;
import care.tandem.events.consent.DisclosedInformation;
import care.tandem.events.consent.DisclosurePurpose;
import care.tandem.events.consent.InformationDisclosed;
import care.tandem.events.consent.PersonalDataShredded;
import care.tandem.events.consent.ShreddingReason;
import care.tandem.events.id.ClinicianId;
import care.tandem.events.id.ConsentId;
import care.tandem.events.id.DisclosureId;
import care.tandem.events.id.ParticipantId;
import care.tandem.events.id.PlanId;
import care.tandem.events.id.SessionId;
import care.tandem.events.plan.LevelOfCare;
import care.tandem.events.plan.TreatmentPlanDischarged;
import care.tandem.events.plan.TreatmentPlanOpened;
import care.tandem.events.plan.UnitKind;
import care.tandem.query.testing.PlanStream;
import care.tandem.query.testing.RunningQuerySide;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static care.tandem.query.testing.PlanFixtures.AVERY;
import static care.tandem.query.testing.PlanFixtures.JORDAN;
import static care.tandem.query.testing.PlanFixtures.partner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A person's consent record over HTTP, projected from their own consent stream: what was in force at any instant,
 * the accounting of disclosures with the notice each carried (JSON and CSV), and who may read it.
 */
class ConsentRecordHttpTest {

    @RegisterExtension
    static final RunningQuerySide querySide = new RunningQuerySide();

    private static final TestIssuer issuer = TestIssuer.shared();
    private static final ObjectMapper json = new ObjectMapper();
    private static final PlanId PLAN = PlanId.of("plan-consent-record");
    private static final String PRIMARY = "c-consent-primary";
    private static final String CONSENTS = "/api/participants/" + AVERY.value() + "/consents";
    private static final String DISCLOSURES = "/api/participants/" + AVERY.value() + "/disclosures";
    private static final Instant GRANTED_AT = Instant.parse("2026-03-02T16:00:00Z");
    private static final Instant DISCLOSED_AT = Instant.parse("2026-03-03T12:00:00Z");
    private static final Instant REVOKED_AT = Instant.parse("2026-03-04T12:00:00Z");
    private static final Instant DISCHARGED_AT = Instant.parse("2026-03-20T12:00:00Z");
    private static final ParticipantId SHREDDED = ParticipantId.of("p-consent-shredded");
    private static final String NOTICE = "42 CFR part 2 prohibits unauthorized use or disclosure of these records.";

    @BeforeAll
    static void averyConsentedThenRevoked() {
        ClinicianId primary = ClinicianId.of(PRIMARY);
        PlanStream plan = new PlanStream(PLAN);
        PlanStream consents = PlanStream.consentsOf(AVERY);
        ConsentId consent = ConsentId.of("consent-avery-1");
        querySide.publish(List.of(
                plan.next(new TreatmentPlanOpened(PLAN, UnitKind.COUPLE, List.of(partner(AVERY, "Avery"),
                        partner(JORDAN, "Jordan")), primary, LevelOfCare.IOP_ADULT, GRANTED_AT)),
                consents.next(new ConsentGranted(AVERY, consent, PLAN, ConsentRecipient.member(JORDAN),
                        List.of(DisclosedInformation.SESSION_SUMMARIES), DisclosurePurpose.COUPLES_OR_FAMILY_THERAPY,
                        null, null, true, ConsentAttestation.SIGNED_IN_SESSION, AVERY, GRANTED_AT, primary,
                        GRANTED_AT)),
                consents.next(new InformationDisclosed(AVERY, DisclosureId.of("d-1"), consent, PLAN,
                        SessionId.of("s-1"), JORDAN, DisclosedInformation.SESSION_SUMMARIES,
                        DisclosurePurpose.COUPLES_OR_FAMILY_THERAPY, "=Avery named early warning signs", NOTICE,
                        primary, DISCLOSED_AT)),
                consents.next(new ConsentRevoked(AVERY, consent, primary, REVOKED_AT)),
                PlanStream.consentsOf(JORDAN).next(new ConsentGranted(JORDAN, ConsentId.of("consent-jordan-1"), PLAN,
                        ConsentRecipient.member(AVERY), List.of(DisclosedInformation.ATTENDANCE),
                        DisclosurePurpose.COUPLES_OR_FAMILY_THERAPY, null, null, true,
                        ConsentAttestation.SIGNED_IN_SESSION, JORDAN, GRANTED_AT, primary, GRANTED_AT)),
                plan.next(new TreatmentPlanDischarged(PLAN, List.of(), primary, DISCHARGED_AT)),
                // From before the query side started: recorded, and no rebuild of every read model needed.
                PlanStream.consentsOf(SHREDDED).next(new PersonalDataShredded(SHREDDED, ShreddingReason.ERASURE_REQUEST,
                        true, "Erasure request approved by the privacy officer", GRANTED_AT, "privacy-officer",
                        DISCHARGED_AT))));
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            HttpResponse<String> answer = querySide.get(CONSENTS, null, compliance());
            return answer.statusCode() == 200 && answer.body().contains("REVOKED")
                    && querySide.get("/api/participants/" + JORDAN.value() + "/consents", null, compliance()).body()
                    .contains("EXPIRED")
                    && querySide.get(CONSENTS, null, issuer.clinician(PRIMARY)).statusCode() == 200
                    && querySide.get("/api/participants/" + SHREDDED.value() + "/consents", null, compliance()).body()
                    .contains("privacy-officer");
        });
    }

    private static String compliance() {
        return issuer.person("audit-consents", Role.COMPLIANCE);
    }

    @Test
    void theRecordSaysWhichConsentWasInForceAtAnyInstant() throws Exception {
        assertThat(state("2026-03-02T15:59:59Z")).isEmpty();
        assertThat(state("2026-03-03T00:00:00Z")).containsExactly("IN_FORCE");
        assertThat(state(REVOKED_AT.toString())).containsExactly("REVOKED");
        JsonNode now = json.readTree(querySide.get(CONSENTS, null, compliance()).body());
        JsonNode consent = now.path("consents").get(0).path("consent");
        assertThat(consent.path("recipientMember").asText()).isEqualTo(JORDAN.value());
        assertThat(consent.path("information").toString()).isEqualTo("[\"SESSION_SUMMARIES\"]");
        assertThat(consent.path("revokedBy").asText()).isEqualTo(PRIMARY);
    }

    @Test
    void theRecordSaysWhenWhyAndByWhomAPersonsTextWasShredded() throws Exception {
        JsonNode shredding = json.readTree(querySide.get("/api/participants/" + SHREDDED.value() + "/consents", null,
                compliance()).body()).path("shredding");
        assertThat(shredding.path("reason").asText()).isEqualTo("ERASURE_REQUEST");
        assertThat(shredding.path("retentionOverridden").asBoolean()).isTrue();
        assertThat(shredding.path("overrideBasis").asText()).isEqualTo("Erasure request approved by the privacy officer");
        assertThat(shredding.path("lastEntryAt").asText()).isEqualTo(GRANTED_AT.toString());
        assertThat(shredding.path("shreddedBy").asText()).isEqualTo("privacy-officer");
        assertThat(shredding.path("shreddedAt").asText()).isEqualTo(DISCHARGED_AT.toString());
        assertThat(json.readTree(querySide.get(CONSENTS, null, compliance()).body()).path("shredding").isNull())
                .as("Avery's text was not shredded").isTrue();
    }

    @Test
    void aConsentUntilDischargeEndsWithThePlansDischarge() throws Exception {
        String jordans = "/api/participants/" + JORDAN.value() + "/consents?asOf=";
        assertThat(json.readTree(querySide.get(jordans + "2026-03-20T11:59:59Z", null, compliance()).body())
                .findValuesAsText("state")).containsExactly("IN_FORCE");
        assertThat(json.readTree(querySide.get(jordans + DISCHARGED_AT, null, compliance()).body())
                .findValuesAsText("state")).containsExactly("EXPIRED");
    }

    @Test
    void theAccountingListsEachDisclosureWithWhatToWhomWhenWhyAndTheNotice() throws Exception {
        JsonNode accounting = json.readTree(querySide.get(DISCLOSURES, null, compliance()).body());

        assertThat(accounting.path("disclosures")).hasSize(1);
        JsonNode disclosure = accounting.path("disclosures").get(0);
        assertThat(disclosure.path("recipient").asText()).isEqualTo(JORDAN.value());
        assertThat(disclosure.path("consentId").asText()).isEqualTo("consent-avery-1");
        assertThat(disclosure.path("disclosedAt").asText()).isEqualTo(DISCLOSED_AT.toString());
        assertThat(disclosure.path("notice").asText()).isEqualTo(NOTICE);

        HttpResponse<String> csv = querySide.get(DISCLOSURES + "?format=csv", null, compliance());
        assertThat(csv.headers().firstValue("Content-Type")).get().asString().startsWith("text/csv");
        assertThat(csv.body().split("\r\n")).hasSize(2);
        assertThat(csv.body()).contains("'=Avery named early warning signs");

        JsonNode before = json.readTree(querySide.get(DISCLOSURES + "?to=2026-03-03T00:00:00Z", null,
                compliance()).body());
        assertThat(before.path("disclosures")).isEmpty();
    }

    @Test
    void theCareTeamAndComplianceReadItAnotherClinicianOnlyByBreakingTheGlass() throws Exception {
        assertThat(querySide.get(DISCLOSURES, null, issuer.clinician(PRIMARY)).statusCode()).isEqualTo(200);
        HttpResponse<String> stranger = querySide.get(DISCLOSURES, null, issuer.clinician("c-consent-stranger"));
        assertThat(stranger.statusCode()).isEqualTo(403);
        assertThat(stranger.body()).contains("not-on-care-team").doesNotContain("consent-avery-1");
        assertThat(querySide.get(DISCLOSURES, null, issuer.clinician("c-consent-stranger"),
                "Tandem-Break-The-Glass", "MEDICAL_EMERGENCY").statusCode()).isEqualTo(200);
        assertThat(querySide.get(DISCLOSURES, null, issuer.person("lead-consents", Role.PROGRAM_LEAD))
                .statusCode()).isEqualTo(403);
        assertThat(querySide.get(DISCLOSURES + "?from=yesterday", null, compliance()).statusCode()).isEqualTo(400);
    }

    @Test
    void aParticipantReadsTheirOwnRecordAndWhatWasSharedWithThemAndNothingElse() throws Exception {
        String avery = issuer.participant("avery-login", AVERY.value());
        String jordan = issuer.participant("jordan-login", JORDAN.value());

        assertThat(querySide.get(DISCLOSURES, null, avery).statusCode()).isEqualTo(200);
        assertThat(querySide.get(CONSENTS, null, avery).statusCode()).isEqualTo(200);
        HttpResponse<String> someoneElses = querySide.get(DISCLOSURES, null, jordan);
        assertThat(someoneElses.statusCode()).isEqualTo(403);
        assertThat(someoneElses.body()).contains("not-own-record").doesNotContain("consent-avery-1");

        JsonNode received = json.readTree(querySide.get("/api/participants/" + JORDAN.value()
                + "/received-disclosures", null, jordan).body());
        assertThat(received.path("received")).hasSize(1);
        assertThat(received.path("received").get(0).path("about").asText()).isEqualTo(AVERY.value());
        assertThat(received.path("received").get(0).path("disclosure").path("notice").asText()).isEqualTo(NOTICE);
        assertThat(json.readTree(querySide.get("/api/participants/" + JORDAN.value() + "/plans", null, jordan)
                .body()).path("planIds").toString()).isEqualTo("[\"" + PLAN.value() + "\"]");

        String plan = "/api/treatment-plans/" + PLAN.value();
        assertThat(querySide.get(plan + "/participants/" + JORDAN.value() + "/schedule", null, jordan)
                .statusCode()).isEqualTo(200);
        assertThat(querySide.get(plan + "/participants/" + AVERY.value() + "/schedule", null, jordan)
                .statusCode()).isEqualTo(403);
        assertThat(querySide.get(plan + "/schedule", null, jordan).body()).contains("/problems/forbidden");
        assertThat(querySide.get("/api/treatment-plans", null, jordan).statusCode()).isEqualTo(403);
        assertThat(querySide.get("/api/participants/" + JORDAN.value() + "/plans", null,
                issuer.person("no-claim", Role.PARTICIPANT)).statusCode()).isEqualTo(403);
    }

    private static List<String> state(String asOf) throws Exception {
        JsonNode answer = json.readTree(querySide.get(CONSENTS + "?asOf=" + asOf, null, compliance()).body());
        return answer.path("consents").findValuesAsText("state");
    }
}
