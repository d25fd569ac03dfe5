package care.tandem.command.plan;

import care.tandem.events.EventMetadata;
import care.tandem.events.consent.ConsentAttestation;
import care.tandem.events.consent.ConsentRecipient;
import care.tandem.events.consent.DisclosedInformation;
import care.tandem.events.consent.DisclosurePurpose;
import care.tandem.events.id.ConsentId;
import care.tandem.events.id.ParticipantId;
import care.tandem.events.plan.SessionSummaryShared;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static care.tandem.command.plan.AbsenceFollowUpTest.samMissedMonday;
import static care.tandem.command.plan.PlanMatchers.invalidField;
import static care.tandem.command.plan.PlanMatchers.violates;
import static care.tandem.command.plan.PlanTestData.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.messageWithPayload;
import static org.hamcrest.Matchers.instanceOf;

/**
 * What the plan checks of a consent and a disclosure before the person's own record decides: members only, signed
 * by the person or (for a minor) as the clinic's rule says, a summary only to the partner who missed the session and
 * only about the others in it; and that a refusal by the person's record leaves the plan unchanged.
 */
class ConsentAndDisclosureTest extends TreatmentPlanFixture {

    private static final String NOTICE = "42 CFR part 2 prohibits unauthorized use or disclosure of these records.";
    private static final ConsentId CONSENT = ConsentId.of("consent-1");
    private static final Instant EXPIRES_AT = Instant.parse("2026-04-01T04:00:00Z");

    private final RecordingConsentLedger ledger = new RecordingConsentLedger();

    @BeforeEach
    void injectTheLedgerAndTheClinicsRules() {
        fixture.registerInjectableResource(ledger);
    }

    private void clinicRule(MinorConsent minors) {
        fixture.registerInjectableResource(new ConsentSettings(minors, NOTICE));
    }

    static GrantConsent consent(ParticipantId person, ParticipantId recipient, ParticipantId signedBy) {
        return new GrantConsent(PLAN, person, CONSENT, ConsentRecipient.member(recipient),
                List.of(DisclosedInformation.SESSION_SUMMARIES), DisclosurePurpose.COUPLES_OR_FAMILY_THERAPY,
                LocalDate.parse("2026-03-31"), EXPIRES_AT, true, ConsentAttestation.SIGNED_IN_SESSION, signedBy,
                TUE_NOON, CLINICIAN, TUE_NOON);
    }

    static ShareSessionSummary share(ParticipantId recipient, SummaryPart... parts) {
        return new ShareSessionSummary(PLAN, MON, recipient, List.of(parts), CLINICIAN, THU_NOON);
    }

    static SummaryPart about(ParticipantId person) {
        return new SummaryPart(person, "What " + person + " worked on.");
    }

    @Nested
    class GivingConsent {

        @BeforeEach
        void guardiansSign() {
            clinicRule(MinorConsent.GUARDIAN_SIGNS);
        }

        @Test
        void anAdultMembersOwnSignedConsentGoesToTheirRecordAndNothingToThePlans() {
            given(coupleOpened())
                    .when(consent(ALEX, SAM, ALEX))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
            assertThat(ledger.grants).containsExactly(consent(ALEX, SAM, ALEX).granted());
        }

        @Test
        void anAdultSignsTheirOwnConsent() {
            given(coupleOpened())
                    .when(consent(ALEX, SAM, SAM))
                    .expectException(violates("consent-signed-by-another"));
            assertThat(ledger.grants).isEmpty();
        }

        @Test
        void onlyAMemberConsentsAndOnlyToAMember() {
            given(coupleOpened())
                    .when(consent(STRANGER, SAM, STRANGER))
                    .expectException(violates("not-a-plan-member"));
            given(coupleOpened())
                    .when(consent(ALEX, STRANGER, ALEX))
                    .expectException(violates("not-a-plan-member"));
            assertThat(ledger.grants).isEmpty();
        }

        @Test
        void aPersonDoesNotConsentToThemself() {
            given(coupleOpened())
                    .when(consent(ALEX, ALEX, ALEX))
                    .expectException(invalidField("recipient.member"));
        }

        @Test
        void aGuardianSignsAMinorsConsentUnderTheDefaultRule() {
            given(familyOpened())
                    .when(consent(RILEY, MORGAN, RILEY))
                    .expectException(violates("guardian-must-sign"));
            given(familyOpened())
                    .when(consent(RILEY, KAI, JORDAN))
                    .expectSuccessfulHandlerExecution();
            assertThat(ledger.grants).extracting(granted -> granted.signedBy()).containsExactly(JORDAN);
        }

        @Test
        void aGuardianOfAnotherChildDoesNotSign() {
            given(familyOpened())
                    .when(consent(KAI, RILEY, JORDAN))
                    .expectException(violates("guardian-must-sign"));
        }

        @Test
        void aClosedPlanTakesNoNewConsent() {
            given(coupleOpened(), discharged(MON_AT))
                    .when(consent(ALEX, SAM, ALEX))
                    .expectException(violates("plan-closed"));
        }
    }

    @Nested
    class WhereTheClinicLetsMinorsSign {

        @BeforeEach
        void minorsMaySign() {
            clinicRule(MinorConsent.MINOR_MAY_SIGN);
        }

        @Test
        void anAdolescentSignsTheirOwnConsent() {
            given(familyOpened())
                    .when(consent(RILEY, MORGAN, RILEY))
                    .expectSuccessfulHandlerExecution();
            assertThat(ledger.grants).hasSize(1);
        }

        @Test
        void butNotASibling() {
            given(familyOpened())
                    .when(consent(RILEY, MORGAN, KAI))
                    .expectException(violates("consent-signed-by-another"));
        }
    }

    @Nested
    class AParticipantActingThemself {

        private final Map<String, String> alexLoggedIn = Map.of(EventMetadata.ACTOR, "alex-login",
                CareTeamPolicy.ACTING_PARTICIPANT, ALEX.value());

        @BeforeEach
        void guardiansSign() {
            clinicRule(MinorConsent.GUARDIAN_SIGNS);
        }

        private GrantConsent signedElectronically(ParticipantId person, ParticipantId signedBy) {
            GrantConsent paper = consent(person, SAM.equals(person) ? ALEX : SAM, signedBy);
            return new GrantConsent(PLAN, person, CONSENT, paper.recipient(), paper.information(), paper.purpose(),
                    paper.expiresOn(), paper.expiresAt(), true, ConsentAttestation.ELECTRONIC_SIGNATURE, signedBy,
                    TUE_NOON, CLINICIAN, TUE_NOON);
        }

        @Test
        void givesTheirOwnConsentSignedElectronically() {
            fixture.givenCurrentTime(OPENED_AT).andGiven(coupleOpened())
                    .when(signedElectronically(ALEX, ALEX), alexLoggedIn)
                    .expectSuccessfulHandlerExecution();
            assertThat(ledger.grants).hasSize(1);
        }

        @Test
        void revokesTheirOwnConsent() {
            fixture.givenCurrentTime(OPENED_AT).andGiven(coupleOpened())
                    .when(new RevokeConsent(PLAN, ALEX, CONSENT, CLINICIAN, TUE_NOON), alexLoggedIn)
                    .expectSuccessfulHandlerExecution();
            assertThat(ledger.revocations).hasSize(1);
        }

        @Test
        void neverAnotherPersonsNorOnPaperNorAnythingElse() {
            fixture.givenCurrentTime(OPENED_AT).andGiven(coupleOpened())
                    .when(signedElectronically(SAM, SAM), alexLoggedIn)
                    .expectException(NotOnCareTeamException.class);
            fixture.givenCurrentTime(OPENED_AT).andGiven(coupleOpened())
                    .when(consent(ALEX, SAM, ALEX), alexLoggedIn)
                    .expectException(NotOnCareTeamException.class);
            fixture.givenCurrentTime(OPENED_AT).andGiven(coupleOpened())
                    .when(new RevokeConsent(PLAN, SAM, CONSENT, CLINICIAN, TUE_NOON), alexLoggedIn)
                    .expectException(NotOnCareTeamException.class);
            fixture.givenCurrentTime(OPENED_AT).andGiven(samMissedMonday())
                    .when(share(SAM, about(ALEX)), alexLoggedIn)
                    .expectException(NotOnCareTeamException.class)
                    .expectNoEvents();
            assertThat(ledger.grants).isEmpty();
            assertThat(ledger.revocations).isEmpty();
            assertThat(ledger.disclosures).isEmpty();
        }
    }

    @Nested
    class Revoking {

        @Test
        void aRevocationGoesToThePersonsRecordEvenAfterDischarge() {
            given(coupleOpened(), discharged(MON_AT))
                    .when(new RevokeConsent(PLAN, ALEX, CONSENT, CLINICIAN, TUE_NOON))
                    .expectSuccessfulHandlerExecution()
                    .expectNoEvents();
            assertThat(ledger.revocations).extracting(revoked -> revoked.consentId()).containsExactly(CONSENT);
        }
    }

    @Nested
    class SharingASummary {

        @BeforeEach
        void guardiansSign() {
            clinicRule(MinorConsent.GUARDIAN_SIGNS);
        }

        @Test
        void theAbsentPartnerGetsThePartAboutTheAttendingOneWithTheNotice() {
            given(samMissedMonday())
                    .when(share(SAM, about(ALEX)))
                    .expectSuccessfulHandlerExecution()
                    .expectEventsMatching(exactSequenceOf(messageWithPayload(instanceOf(SessionSummaryShared.class)),
                            andNoMore()));
            assertThat(ledger.disclosures).singleElement().satisfies(disclosure -> {
                assertThat(disclosure.person()).isEqualTo(ALEX);
                assertThat(disclosure.recipient()).isEqualTo(SAM);
                assertThat(disclosure.information()).isEqualTo(DisclosedInformation.SESSION_SUMMARIES);
                assertThat(disclosure.purpose()).isEqualTo(DisclosurePurpose.COUPLES_OR_FAMILY_THERAPY);
                assertThat(disclosure.notice()).isEqualTo(NOTICE);
                assertThat(disclosure.disclosedAt()).isEqualTo(THU_NOON);
            });
        }

        @Test
        void theSharedEventNamesTheDisclosures() {
            given(samMissedMonday())
                    .when(share(SAM, about(ALEX)))
                    .expectSuccessfulHandlerExecution();
            SessionSummaryShared expected = new SessionSummaryShared(PLAN, MON, SAM,
                    List.of(ledger.disclosures.get(0).disclosureId()), CLINICIAN, THU_NOON);
            given(samMissedMonday(expected))
                    .when(share(SAM, about(ALEX)))
                    .expectException(violates("summary-already-shared"));
        }

        @Test
        void withoutTheConsentOfThePersonItIsAboutNothingIsShared() {
            ledger.refuseEveryDisclosure();
            given(samMissedMonday())
                    .when(share(SAM, about(ALEX)))
                    .expectException(violates("consent-required"))
                    .expectNoEvents();
        }

        @Test
        void onlyThePartnerWhoMissedTheSessionGetsItsSummary() {
            given(samMissedMonday())
                    .when(share(ALEX, about(SAM)))
                    .expectException(violates("summary-for-the-absent-partner"))
                    .expectNoEvents();
            assertThat(ledger.disclosures).isEmpty();
        }

        @Test
        void aPartAboutTheRecipientOrSomeoneOutsideTheSessionIsRefused() {
            given(samMissedMonday())
                    .when(share(SAM, about(SAM)))
                    .expectException(invalidField("parts[].about"));
            given(samMissedMonday())
                    .when(share(SAM, about(ALEX), about(STRANGER)))
                    .expectException(invalidField("parts[].about"))
                    .expectNoEvents();
            assertThat(ledger.disclosures).isEmpty();
        }

        @Test
        void aSessionNoPartnerMissedHasNoSummaryToShare() {
            given(coupleOpened(), jointScheduled(MON, MON_AT))
                    .when(share(SAM, about(ALEX)))
                    .expectException(violates("no-missed-joint-session"));
        }

        @Test
        void aClinicianOffTheCareTeamSharesNothing() {
            fixture.givenCurrentTime(OPENED_AT).andGiven(samMissedMonday())
                    .when(share(SAM, about(ALEX)), Map.of(EventMetadata.ACTOR, OTHER_CLINICIAN.value()))
                    .expectException(NotOnCareTeamException.class)
                    .expectNoEvents();
            assertThat(ledger.disclosures).isEmpty();
        }
    }
}
