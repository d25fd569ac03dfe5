package care.tandem.command.plan;

import care.tandem.events.id.SessionId;
import care.tandem.events.plan.AbsenceReason;
import care.tandem.events.plan.AttendanceStatus;
import care.tandem.events.plan.CancellationReason;
import care.tandem.events.plan.JointAttendanceRecorded;
import care.tandem.events.plan.LocationMode;
import care.tandem.events.plan.MakeupSessionAttended;
import care.tandem.events.plan.MakeupSessionDeclined;
import care.tandem.events.plan.MakeupSessionOffered;
import care.tandem.events.plan.ParticipantAttendance;
import care.tandem.events.plan.PartnersInformedOfAbsence;
import care.tandem.events.plan.SessionKind;
import care.tandem.events.plan.SessionScheduled;
import care.tandem.events.plan.SessionSummaryOffered;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static care.tandem.command.plan.PlanMatchers.violates;
import static care.tandem.command.plan.PlanTestData.*;

/**
 * Following up a joint session one partner missed: inform both partners, offer the absent one a summary and a
 * makeup session, schedule it, and record it attended or declined.
 */
class AbsenceFollowUpTest extends TreatmentPlanFixture {

    static final Instant MISSED_RECORDED = after(MON_AT);
    static final Instant MAKEUP_AT = THU_NOON;

    /** Monday's joint session took place with Alex only; Sam was absent. */
    static Object[] samMissedMonday(Object... then) {
        Object[] history = new Object[3 + then.length];
        history[0] = coupleOpened();
        history[1] = jointScheduled(MON, MON_AT);
        history[2] = soloAttended(MON, ALEX, SAM, MISSED_RECORDED);
        System.arraycopy(then, 0, history, 3, then.length);
        return history;
    }

    static InformPartnersOfAbsence inform(SessionId session) {
        return new InformPartnersOfAbsence(PLAN, session, CLINICIAN, TUE_NOON);
    }

    static OfferSessionSummary offerSummary(SessionId session) {
        return new OfferSessionSummary(PLAN, session, CLINICIAN, TUE_NOON);
    }

    static OfferMakeupSession offerMakeup(SessionId missed) {
        return new OfferMakeupSession(PLAN, missed, CLINICIAN, TUE_NOON);
    }

    static DeclineMakeupSession decline(SessionId missed) {
        return new DeclineMakeupSession(PLAN, missed, CLINICIAN, TUE_NOON);
    }

    @Nested
    class InformingThePartners {

        @Test
        void informingBothPartnersOfTheAbsenceIsRecorded() {
            given(samMissedMonday())
                    .when(inform(MON))
                    .expectEvents(new PartnersInformedOfAbsence(PLAN, MON, CLINICIAN, TUE_NOON));
        }

        @Test
        void partnersAreInformedOnce() {
            given(samMissedMonday(new PartnersInformedOfAbsence(PLAN, MON, CLINICIAN, MISSED_RECORDED)))
                    .when(inform(MON))
                    .expectException(violates("partners-already-informed"))
                    .expectNoEvents();
        }

        @Test
        void anAbsenceRecordedParticipantByParticipantIsFollowedUpToo() {
            given(coupleOpened(), jointScheduled(MON, MON_AT),
                    attendanceRecorded(MON, MISSED_RECORDED, attended(ALEX, JOINT_MINUTES), noShow(SAM)))
                    .when(inform(MON))
                    .expectEvents(new PartnersInformedOfAbsence(PLAN, MON, CLINICIAN, TUE_NOON));
        }

        @Test
        void aJointSessionBothPartnersAttendedNeedsNoFollowUp() {
            given(coupleOpened(), jointScheduled(MON, MON_AT), jointAttended(MON, MISSED_RECORDED))
                    .when(inform(MON))
                    .expectException(violates("no-missed-joint-session"))
                    .expectNoEvents();
        }

        @Test
        void aJointSessionBothPartnersMissedNeedsNoFollowUp() {
            given(coupleOpened(), jointScheduled(MON, MON_AT),
                    attendanceRecorded(MON, MISSED_RECORDED, noShow(ALEX), absent(SAM, AbsenceReason.OTHER)))
                    .when(inform(MON))
                    .expectException(violates("no-missed-joint-session"))
                    .expectNoEvents();
        }

        @Test
        void anIndividualSessionMissedNeedsNoPartnerFollowUp() {
            given(coupleOpened(), individualScheduled(MON, MON_AT, SAM),
                    attendanceRecorded(MON, MISSED_RECORDED, noShow(SAM)))
                    .when(inform(MON))
                    .expectException(violates("no-missed-joint-session"))
                    .expectNoEvents();
        }

        @Test
        void anUnknownSessionHasNoFollowUp() {
            given(coupleOpened())
                    .when(inform(MON))
                    .expectException(UnknownSessionException.class)
                    .expectNoEvents();
        }
    }

    @Nested
    class OfferingASummary {

        @Test
        void theAbsentPartnerIsOfferedASummary() {
            given(samMissedMonday())
                    .when(offerSummary(MON))
                    .expectEvents(new SessionSummaryOffered(PLAN, MON, SAM, CLINICIAN, TUE_NOON));
        }

        @Test
        void theAbsentPartnerIsWhoeverMissedTheSession() {
            given(coupleOpened(), jointScheduled(MON, MON_AT), soloAttended(MON, SAM, ALEX, MISSED_RECORDED))
                    .when(offerSummary(MON))
                    .expectEvents(new SessionSummaryOffered(PLAN, MON, ALEX, CLINICIAN, TUE_NOON));
        }

        @Test
        void aSummaryIsOfferedOnce() {
            given(samMissedMonday(new SessionSummaryOffered(PLAN, MON, SAM, CLINICIAN, MISSED_RECORDED)))
                    .when(offerSummary(MON))
                    .expectException(violates("summary-already-offered"))
                    .expectNoEvents();
        }

        @Test
        void noSummaryIsOfferedForASessionNobodyMissed() {
            given(coupleOpened(), jointScheduled(MON, MON_AT), jointAttended(MON, MISSED_RECORDED))
                    .when(offerSummary(MON))
                    .expectException(violates("no-missed-joint-session"))
                    .expectNoEvents();
        }
    }

    @Nested
    class OfferingAndSchedulingAMakeupSession {

        @Test
        void theAbsentPartnerIsOfferedAMakeupSession() {
            given(samMissedMonday())
                    .when(offerMakeup(MON))
                    .expectEvents(new MakeupSessionOffered(PLAN, MON, SAM, CLINICIAN, TUE_NOON));
        }

        @Test
        void aMakeupSessionIsOfferedOnce() {
            given(samMissedMonday(makeupOffered(MON, SAM)))
                    .when(offerMakeup(MON))
                    .expectException(violates("makeup-already-offered"))
                    .expectNoEvents();
        }

        @Test
        void noMakeupIsOfferedForASessionNobodyMissed() {
            given(coupleOpened(), jointScheduled(MON, MON_AT), jointAttended(MON, MISSED_RECORDED))
                    .when(offerMakeup(MON))
                    .expectException(violates("no-missed-joint-session"))
                    .expectNoEvents();
        }

        @Test
        void anOfferedMakeupSessionIsScheduledForTheAbsentPartner() {
            given(samMissedMonday(makeupOffered(MON, SAM)))
                    .when(scheduleMakeup(MAKEUP, MAKEUP_AT, MON, SAM))
                    .expectEvents(makeupScheduled(MAKEUP, MAKEUP_AT, MON, SAM));
        }

        @Test
        void aMakeupSessionMayBeAJointSessionWithBothPartners() {
            given(samMissedMonday(makeupOffered(MON, SAM)))
                    .when(new ScheduleSession(PLAN, MAKEUP, SessionKind.COUPLES, MAKEUP_AT, JOINT_MINUTES, CLINICIAN,
                            List.of(ALEX, SAM), LocationMode.SAME_LOCATION, MON))
                    .expectEvents(new SessionScheduled(PLAN, MAKEUP, SessionKind.COUPLES, MAKEUP_AT, JOINT_MINUTES,
                            CLINICIAN, List.of(ALEX, SAM), LocationMode.SAME_LOCATION, MON, null));
        }

        @Test
        void noMakeupSessionIsScheduledBeforeOneWasOffered() {
            given(samMissedMonday())
                    .when(scheduleMakeup(MAKEUP, MAKEUP_AT, MON, SAM))
                    .expectException(violates("no-open-makeup-offer"))
                    .expectNoEvents();
        }

        @Test
        void aMakeupSessionIncludesThePartnerWhoMissedTheSession() {
            given(samMissedMonday(makeupOffered(MON, SAM)))
                    .when(scheduleMakeup(MAKEUP, MAKEUP_AT, MON, ALEX))
                    .expectException(violates("makeup-without-absent-partner"))
                    .expectNoEvents();
        }

        @Test
        void onlyOneMakeupSessionIsScheduledAtATime() {
            given(samMissedMonday(makeupOffered(MON, SAM), makeupScheduled(MAKEUP, MAKEUP_AT, MON, SAM)))
                    .when(scheduleMakeup(SessionId.of("s-makeup-2"), FRI_AT, MON, SAM))
                    .expectException(violates("no-open-makeup-offer"))
                    .expectNoEvents();
        }

        @Test
        void aCancelledMakeupSessionMayBeReplaced() {
            SessionId second = SessionId.of("s-makeup-2");
            given(samMissedMonday(makeupOffered(MON, SAM), makeupScheduled(MAKEUP, MAKEUP_AT, MON, SAM),
                    cancelled(MAKEUP, CancellationReason.CLIENT_REQUEST, TUE_NOON)))
                    .when(scheduleMakeup(second, FRI_AT, MON, SAM))
                    .expectEvents(makeupScheduled(second, FRI_AT, MON, SAM));
        }

        @Test
        void noMakeupSessionIsScheduledOnceTheOfferWasDeclined() {
            given(samMissedMonday(makeupOffered(MON, SAM), makeupDeclined(MON, SAM)))
                    .when(scheduleMakeup(MAKEUP, MAKEUP_AT, MON, SAM))
                    .expectException(violates("no-open-makeup-offer"))
                    .expectNoEvents();
        }

        @Test
        void noMakeupSessionIsScheduledOnceOneWasAttended() {
            given(samMissedMonday(makeupOffered(MON, SAM), makeupScheduled(MAKEUP, MAKEUP_AT, MON, SAM),
                    attendanceRecorded(MAKEUP, after(MAKEUP_AT), attended(SAM, INDIVIDUAL_MINUTES)),
                    new MakeupSessionAttended(PLAN, MON, MAKEUP, SAM, after(MAKEUP_AT))))
                    .when(scheduleMakeup(SessionId.of("s-makeup-2"), FRI_AT, MON, SAM))
                    .expectException(violates("no-open-makeup-offer"))
                    .expectNoEvents();
        }

        @Test
        void aMakeupSessionIsOnlyForAJointSessionOnePartnerMissed() {
            given(coupleOpened(), jointScheduled(MON, MON_AT), jointAttended(MON, MISSED_RECORDED))
                    .when(scheduleMakeup(MAKEUP, MAKEUP_AT, MON, SAM))
                    .expectException(violates("no-missed-joint-session"))
                    .expectNoEvents();
        }

        @Test
        void aMakeupSessionForAnUnknownSessionIsRefused() {
            given(coupleOpened())
                    .when(scheduleMakeup(MAKEUP, MAKEUP_AT, MON, SAM))
                    .expectException(UnknownSessionException.class)
                    .expectNoEvents();
        }
    }

    @Nested
    class AttendingTheMakeupSession {

        static Object[] makeupScheduledForSam() {
            return samMissedMonday(makeupOffered(MON, SAM), makeupScheduled(MAKEUP, MAKEUP_AT, MON, SAM));
        }

        @Test
        void theAbsentPartnerAttendingTheMakeupSessionCompletesTheFollowUp() {
            Instant recorded = after(MAKEUP_AT);
            given(makeupScheduledForSam())
                    .when(recordAttendance(MAKEUP, recorded, attendedEntry(SAM)))
                    .expectEvents(attendanceRecorded(MAKEUP, recorded, attended(SAM, INDIVIDUAL_MINUTES)),
                            new MakeupSessionAttended(PLAN, MON, MAKEUP, SAM, recorded));
        }

        @Test
        void arrivingLateToTheMakeupSessionStillCountsAsAttendingIt() {
            Instant recorded = after(MAKEUP_AT);
            given(makeupScheduledForSam())
                    .when(recordAttendance(MAKEUP, recorded, lateEntry(SAM, 20)))
                    .expectEvents(attendanceRecorded(MAKEUP, recorded,
                                    new ParticipantAttendance(SAM, AttendanceStatus.LATE, 20, null, null, 40)),
                            new MakeupSessionAttended(PLAN, MON, MAKEUP, SAM, recorded));
        }

        @Test
        void missingTheMakeupSessionLeavesTheFollowUpOpen() {
            Instant recorded = after(MAKEUP_AT);
            given(makeupScheduledForSam())
                    .when(recordAttendance(MAKEUP, recorded, noShowEntry(SAM)))
                    .expectEvents(attendanceRecorded(MAKEUP, recorded, noShow(SAM)));
        }

        @Test
        void aJointMakeupSessionBothPartnersAttendedCompletesTheFollowUp() {
            Instant recorded = after(MAKEUP_AT);
            given(samMissedMonday(makeupOffered(MON, SAM),
                    new SessionScheduled(PLAN, MAKEUP, SessionKind.COUPLES, MAKEUP_AT, JOINT_MINUTES, CLINICIAN,
                            List.of(ALEX, SAM), LocationMode.SAME_LOCATION, MON, null)))
                    .when(recordJoint(MAKEUP, recorded))
                    .expectEvents(new JointAttendanceRecorded(PLAN, MAKEUP, List.of(ALEX, SAM), CLINICIAN, recorded),
                            new MakeupSessionAttended(PLAN, MON, MAKEUP, SAM, recorded));
        }

        @Test
        void aJointMakeupSessionTheAbsentPartnerMissedAgainOpensAFollowUpOfItsOwn() {
            Instant recorded = after(MAKEUP_AT);
            given(samMissedMonday(makeupOffered(MON, SAM),
                    new SessionScheduled(PLAN, MAKEUP, SessionKind.COUPLES, MAKEUP_AT, JOINT_MINUTES, CLINICIAN,
                            List.of(ALEX, SAM), LocationMode.SAME_LOCATION, MON, null),
                    soloAttended(MAKEUP, ALEX, SAM, recorded)))
                    .when(offerSummary(MAKEUP))
                    .expectEvents(new SessionSummaryOffered(PLAN, MAKEUP, SAM, CLINICIAN, TUE_NOON));
        }
    }

    @Nested
    class DecliningTheMakeupSession {

        @Test
        void theAbsentPartnerDecliningTheOfferIsRecorded() {
            given(samMissedMonday(makeupOffered(MON, SAM)))
                    .when(decline(MON))
                    .expectEvents(new MakeupSessionDeclined(PLAN, MON, SAM, CLINICIAN, TUE_NOON));
        }

        @Test
        void anOfferNotMadeCannotBeDeclined() {
            given(samMissedMonday())
                    .when(decline(MON))
                    .expectException(violates("no-open-makeup-offer"))
                    .expectNoEvents();
        }

        @Test
        void anOfferIsDeclinedOnce() {
            given(samMissedMonday(makeupOffered(MON, SAM), makeupDeclined(MON, SAM)))
                    .when(decline(MON))
                    .expectException(violates("no-open-makeup-offer"))
                    .expectNoEvents();
        }

        @Test
        void anOfferIsNotDeclinedWhileItsMakeupSessionIsScheduled() {
            given(samMissedMonday(makeupOffered(MON, SAM), makeupScheduled(MAKEUP, MAKEUP_AT, MON, SAM)))
                    .when(decline(MON))
                    .expectException(violates("makeup-already-scheduled"))
                    .expectNoEvents();
        }

        @Test
        void anOfferMayBeDeclinedOnceItsMakeupSessionWasCancelled() {
            given(samMissedMonday(makeupOffered(MON, SAM), makeupScheduled(MAKEUP, MAKEUP_AT, MON, SAM),
                    cancelled(MAKEUP, CancellationReason.CLIENT_REQUEST, MISSED_RECORDED)))
                    .when(decline(MON))
                    .expectEvents(new MakeupSessionDeclined(PLAN, MON, SAM, CLINICIAN, TUE_NOON));
        }

        @Test
        void anAttendedMakeupCannotBeDeclinedAfterwards() {
            given(samMissedMonday(makeupOffered(MON, SAM), makeupScheduled(MAKEUP, MAKEUP_AT, MON, SAM),
                    attendanceRecorded(MAKEUP, after(MAKEUP_AT), attended(SAM, INDIVIDUAL_MINUTES)),
                    new MakeupSessionAttended(PLAN, MON, MAKEUP, SAM, after(MAKEUP_AT))))
                    .when(decline(MON))
                    .expectException(violates("no-open-makeup-offer"))
                    .expectNoEvents();
        }

        @Test
        void noOfferExistsForASessionNobodyMissed() {
            given(coupleOpened(), jointScheduled(MON, MON_AT), jointAttended(MON, MISSED_RECORDED))
                    .when(decline(MON))
                    .expectException(violates("no-missed-joint-session"))
                    .expectNoEvents();
        }
    }
}
