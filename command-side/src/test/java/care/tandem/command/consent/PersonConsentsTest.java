package care.tandem.command.consent;

import care.tandem.command.plan.DisclosureRequest;
import care.tandem.events.consent.DisclosedInformation;
import care.tandem.events.consent.DisclosurePurpose;
import care.tandem.events.id.ConsentId;
import care.tandem.events.id.DisclosureId;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static care.tandem.command.consent.ConsentTestData.*;
import static care.tandem.command.plan.PlanMatchers.violates;

/** A person's consent record: consents given and revoked, and disclosures only under a consent in force. */
class PersonConsentsTest {

    private FixtureConfiguration<PersonConsents> fixture;

    @BeforeEach
    void createFixture() {
        fixture = new AggregateTestFixture<>(PersonConsents.class);
    }

    @Nested
    class GivingAndRevoking {

        @Test
        void theFirstConsentStartsThePersonsRecord() {
            fixture.givenNoPriorActivity()
                    .when(new RecordConsent(ALEX_CONSENTS, summariesToSam()))
                    .expectEvents(summariesToSam());
        }

        @Test
        void aConsentIdIsUsedOnce() {
            fixture.given(summariesToSam())
                    .when(new RecordConsent(ALEX_CONSENTS, summariesToSam()))
                    .expectException(violates("consent-exists"))
                    .expectNoEvents();
        }

        @Test
        void aConsentIsRevokedFromTheInstantGivenOn() {
            fixture.given(summariesToSam())
                    .when(new RecordConsentRevocation(ALEX_CONSENTS, PLAN, revoked(SHARED_AT)))
                    .expectEvents(revoked(SHARED_AT));
        }

        @Test
        void aConsentIsRevokedOnce() {
            fixture.given(summariesToSam(), revoked(SHARED_AT))
                    .when(new RecordConsentRevocation(ALEX_CONSENTS, PLAN, revoked(SHARED_AT.plusSeconds(60))))
                    .expectException(violates("consent-already-revoked"))
                    .expectNoEvents();
        }

        @Test
        void anUnknownConsentCannotBeRevoked() {
            fixture.givenNoPriorActivity()
                    .when(new RecordConsentRevocation(ALEX_CONSENTS, PLAN, revoked(SHARED_AT)))
                    .expectException(UnknownConsentException.class)
                    .expectNoEvents();
        }

        @Test
        void aConsentGivenWithinAnotherPlanIsNotRevokedThroughThisOne() {
            fixture.given(summariesToSam())
                    .when(new RecordConsentRevocation(ALEX_CONSENTS, OTHER_PLAN, revoked(SHARED_AT)))
                    .expectException(UnknownConsentException.class)
                    .expectNoEvents();
        }
    }

    @Nested
    class Disclosing {

        @Test
        void aConsentInForceCoveringRecipientInformationAndPurposeLetsTheDisclosureBeRecorded() {
            DisclosureRequest request = summaryTo(SAM, SHARED_AT);
            fixture.given(summariesToSam())
                    .when(disclose(request))
                    .expectEvents(disclosed(request, CONSENT));
        }

        @Test
        void theDisclosureNamesTheConsentThatCoversIt() {
            ConsentId attendanceOnly = ConsentId.of("consent-attendance");
            DisclosureRequest request = summaryTo(SAM, SHARED_AT);
            fixture.given(consentToSam(attendanceOnly, List.of(DisclosedInformation.ATTENDANCE)), summariesToSam())
                    .when(disclose(request))
                    .expectEvents(disclosed(request, CONSENT));
        }

        @Test
        void withoutAnyConsentNothingIsDisclosed() {
            fixture.givenNoPriorActivity()
                    .when(disclose(summaryTo(SAM, SHARED_AT)))
                    .expectException(violates("consent-required"))
                    .expectNoEvents();
        }

        @Test
        void aRevokedConsentStopsTheNextDisclosure() {
            fixture.given(summariesToSam(), revoked(SHARED_AT.minusSeconds(1)))
                    .when(disclose(summaryTo(SAM, SHARED_AT)))
                    .expectException(violates("consent-required"))
                    .expectNoEvents();
        }

        @Test
        void aConsentRevokedLaterStillCoveredWhatCameBefore() {
            DisclosureRequest request = summaryTo(SAM, SHARED_AT);
            fixture.given(summariesToSam(), revoked(SHARED_AT.plusSeconds(1)))
                    .when(disclose(request))
                    .expectEvents(disclosed(request, CONSENT));
        }

        @Test
        void anExpiredConsentIsNoConsent() {
            fixture.given(summariesToSam())
                    .when(disclose(summaryTo(SAM, EXPIRES_AT)))
                    .expectException(violates("consent-required"))
                    .expectNoEvents();
        }

        @Test
        void theLastMomentBeforeExpiryIsStillCovered() {
            DisclosureRequest request = summaryTo(SAM, EXPIRES_AT.minusMillis(1));
            fixture.given(summariesToSam())
                    .when(disclose(request))
                    .expectEvents(disclosed(request, CONSENT));
        }

        @Test
        void aConsentDoesNotReachBackBeforeItWasGiven() {
            fixture.given(summariesToSam())
                    .when(disclose(summaryTo(SAM, GRANTED_AT.minus(Duration.ofMinutes(1)))))
                    .expectException(violates("consent-required"))
                    .expectNoEvents();
        }

        @Test
        void anotherRecipientIsNotCovered() {
            fixture.given(summariesToSam())
                    .when(disclose(summaryTo(MORGAN, SHARED_AT)))
                    .expectException(violates("consent-required"))
                    .expectNoEvents();
        }

        @Test
        void anotherKindOfInformationIsNotCovered() {
            DisclosureRequest summary = summaryTo(SAM, SHARED_AT);
            fixture.given(summariesToSam())
                    .when(disclose(new DisclosureRequest(summary.person(), summary.disclosureId(), PLAN, SESSION, SAM,
                            DisclosedInformation.ABSENCE_REASONS, summary.purpose(), "absent for work", NOTICE,
                            CLINICIAN, SHARED_AT)))
                    .expectException(violates("consent-required"))
                    .expectNoEvents();
        }

        @Test
        void anotherPurposeIsNotCovered() {
            DisclosureRequest summary = summaryTo(SAM, SHARED_AT);
            fixture.given(summariesToSam())
                    .when(disclose(new DisclosureRequest(summary.person(), summary.disclosureId(), PLAN, SESSION, SAM,
                            summary.information(), DisclosurePurpose.CARE_COORDINATION, summary.content(), NOTICE,
                            CLINICIAN, SHARED_AT)))
                    .expectException(violates("consent-required"))
                    .expectNoEvents();
        }

        @Test
        void aConsentGivenWithinAnotherPlanDoesNotCoverThisOne() {
            DisclosureRequest summary = summaryTo(SAM, SHARED_AT);
            fixture.given(summariesToSam())
                    .when(disclose(new DisclosureRequest(summary.person(), summary.disclosureId(), OTHER_PLAN,
                            SESSION, SAM, summary.information(), summary.purpose(), summary.content(), NOTICE,
                            CLINICIAN, SHARED_AT)))
                    .expectException(violates("consent-required"))
                    .expectNoEvents();
        }

        @Test
        void aDisclosureIsRecordedOnce() {
            DisclosureRequest request = summaryTo(SAM, SHARED_AT);
            fixture.given(summariesToSam(), disclosed(request, CONSENT))
                    .when(disclose(new DisclosureRequest(ALEX, DisclosureId.of(request.disclosureId().value()), PLAN,
                            SESSION, SAM, request.information(), request.purpose(), "again", NOTICE, CLINICIAN,
                            SHARED_AT.plusSeconds(5))))
                    .expectException(violates("disclosure-exists"))
                    .expectNoEvents();
        }
    }
}
