package care.tandem.command.consent;

import care.tandem.events.consent.PersonalDataShredded;
import care.tandem.events.consent.ShreddingReason;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static care.tandem.command.consent.ConsentTestData.ALEX;
import static care.tandem.command.consent.ConsentTestData.ALEX_CONSENTS;
import static care.tandem.command.consent.ConsentTestData.summariesToSam;
import static care.tandem.command.plan.PlanMatchers.violates;

/**
 * Shredding a person's personal data: once, and not before the retention period after their record's last entry is
 * over unless an override is recorded with its basis; the event says which it was.
 */
class PersonalDataShreddingTest {

    private static final Instant LAST_ENTRY = Instant.parse("2020-03-02T09:00:00Z");
    private static final Instant RETAINED_UNTIL = Instant.parse("2026-03-02T09:00:00Z");
    private static final String OFFICER = "privacy-officer";
    private static final String BASIS = "Erasure request approved by the privacy officer";

    private FixtureConfiguration<PersonConsents> fixture;

    @BeforeEach
    void createFixture() {
        fixture = new AggregateTestFixture<>(PersonConsents.class);
    }

    @Test
    void onceTheRetentionPeriodIsOverThePersonIsShreddedWithoutAnOverride() {
        fixture.given(summariesToSam())
                .when(shred(ShreddingReason.RETENTION_PERIOD_ENDED, null, RETAINED_UNTIL.plusSeconds(1)))
                .expectEvents(new PersonalDataShredded(ALEX, ShreddingReason.RETENTION_PERIOD_ENDED, false, null,
                        LAST_ENTRY, OFFICER, RETAINED_UNTIL.plusSeconds(1)));
    }

    @Test
    void theRetentionPeriodIsOverAtTheInstantItEnds() {
        fixture.givenNoPriorActivity()
                .when(shred(ShreddingReason.RETENTION_PERIOD_ENDED, null, RETAINED_UNTIL))
                .expectEvents(new PersonalDataShredded(ALEX, ShreddingReason.RETENTION_PERIOD_ENDED, false, null,
                        LAST_ENTRY, OFFICER, RETAINED_UNTIL));
    }

    @Test
    void beforeItEndsAShreddingWithoutAnOverrideIsRefused() {
        fixture.given(summariesToSam())
                .when(shred(ShreddingReason.ERASURE_REQUEST, null, RETAINED_UNTIL.minusSeconds(1)))
                .expectException(violates("retention-period-not-over"))
                .expectNoEvents();
    }

    @Test
    void beforeItEndsAnOverrideIsRecordedWithItsBasis() {
        fixture.given(summariesToSam())
                .when(shred(ShreddingReason.ERASURE_REQUEST, BASIS, RETAINED_UNTIL.minusSeconds(1)))
                .expectEvents(new PersonalDataShredded(ALEX, ShreddingReason.ERASURE_REQUEST, true, BASIS,
                        LAST_ENTRY, OFFICER, RETAINED_UNTIL.minusSeconds(1)));
    }

    @Test
    void anOverrideNotNeededIsNotRecordedAsOne() {
        fixture.givenNoPriorActivity()
                .when(shred(ShreddingReason.ERASURE_REQUEST, BASIS, RETAINED_UNTIL.plusSeconds(60)))
                .expectEvents(new PersonalDataShredded(ALEX, ShreddingReason.ERASURE_REQUEST, false, null,
                        LAST_ENTRY, OFFICER, RETAINED_UNTIL.plusSeconds(60)));
    }

    @Test
    void aPersonIsShreddedOnce() {
        fixture.given(new PersonalDataShredded(ALEX, ShreddingReason.ERASURE_REQUEST, true, BASIS, LAST_ENTRY,
                        OFFICER, RETAINED_UNTIL.minusSeconds(60)))
                .when(shred(ShreddingReason.RETENTION_PERIOD_ENDED, null, RETAINED_UNTIL.plusSeconds(60)))
                .expectException(violates("already-shredded"))
                .expectNoEvents();
    }

    private static ShredPersonalData shred(ShreddingReason reason, String overrideBasis, Instant at) {
        return new ShredPersonalData(ALEX_CONSENTS, reason, overrideBasis, LAST_ENTRY, RETAINED_UNTIL, OFFICER, at);
    }
}
