package care.tandem.bench.rebuild;

import care.tandem.events.EventMetadata;
import care.tandem.events.id.ClinicianId;
import care.tandem.events.id.GoalId;
import care.tandem.events.id.ParticipantId;
import care.tandem.events.id.PlanId;
import care.tandem.events.id.SessionId;
import care.tandem.events.plan.AbsenceReason;
import care.tandem.events.plan.AdjustedFocus;
import care.tandem.events.plan.AttendanceCorrected;
import care.tandem.events.plan.AttendanceRecorded;
import care.tandem.events.plan.AttendanceStatus;
import care.tandem.events.plan.CancellationReason;
import care.tandem.events.plan.CouplesTherapyPauseReviewDue;
import care.tandem.events.plan.CouplesTherapyPaused;
import care.tandem.events.plan.CouplesTherapyResumed;
import care.tandem.events.plan.GoalScope;
import care.tandem.events.plan.JointAttendanceRecorded;
import care.tandem.events.plan.JointParticipation;
import care.tandem.events.plan.JointParticipationExpectationSet;
import care.tandem.events.plan.JointParticipationReason;
import care.tandem.events.plan.JointSessionHandling;
import care.tandem.events.plan.LevelOfCare;
import care.tandem.events.plan.LevelOfCareChangeReason;
import care.tandem.events.plan.LevelOfCareChanged;
import care.tandem.events.plan.LocationMode;
import care.tandem.events.plan.MakeupSessionAttended;
import care.tandem.events.plan.MakeupSessionOffered;
import care.tandem.events.plan.Member;
import care.tandem.events.plan.MemberRole;
import care.tandem.events.plan.ParticipantAttendance;
import care.tandem.events.plan.PartnerReadiness;
import care.tandem.events.plan.PartnersInformedOfAbsence;
import care.tandem.events.plan.PauseReason;
import care.tandem.events.plan.Readiness;
import care.tandem.events.plan.RecoveryGoalRevised;
import care.tandem.events.plan.RecoveryGoalSet;
import care.tandem.events.plan.SessionCancelled;
import care.tandem.events.plan.SessionKind;
import care.tandem.events.plan.SessionRescheduled;
import care.tandem.events.plan.SessionScheduled;
import care.tandem.events.plan.SessionSummaryOffered;
import care.tandem.events.plan.SoloAttendanceRecorded;
import care.tandem.events.plan.TherapistJudgement;
import care.tandem.events.plan.TreatmentPlanOpened;
import care.tandem.events.plan.UnitKind;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * One couple's plan as weeks of an intensive outpatient program, as the command side would have recorded it: a
 * couples session and an individual session for each partner every week, their attendance (mostly together; now and
 * then one partner absent, with the absence handled, a make-up offered and attended), late arrivals and their
 * corrections, a reschedule or a cancellation, goal revisions, a pause of couples therapy and its resumption, a step
 * up in level of care. Generated directly, not through the command API: the aggregate's rules hold by construction
 * (sessions are scheduled before their attendance, a pause cancels no session it does not name), and every plan's
 * history is cut at the same length, mid-week where it falls, like a plan still in treatment.
 */
final class PlanHistory {

    private static final String AGGREGATE_TYPE = "TreatmentPlan";
    private static final Instant PROGRAM_START = Instant.parse("2026-01-05T09:00:00Z");
    private static final int SESSION_MINUTES = 60;
    /** Plans share clinicians, so the clinician calendar's documents span plans as in a clinic. */
    static final int CLINICIANS = 300;
    /** Plans start in different weeks, so the weekly read models hold many weeks. */
    private static final int START_WEEKS = 40;

    private final PlanId plan;
    private final ParticipantId avery;
    private final ParticipantId jordan;
    private final ClinicianId clinician;
    private final Instant start;
    private final Random random;
    private final int length;
    private final List<Object> events = new ArrayList<>();

    private PlanHistory(int index, int length, long seed) {
        this.plan = PlanId.of("plan-" + index);
        // message() names the plan and its clinician the same way.
        this.avery = ParticipantId.of("p-" + index + "-a");
        this.jordan = ParticipantId.of("p-" + index + "-b");
        this.clinician = ClinicianId.of("c-" + (index % CLINICIANS));
        this.start = PROGRAM_START.plus(Duration.ofDays(7L * (index % START_WEEKS))).plus(Duration.ofHours(index % 8));
        this.random = new Random(seed * 31 + index);
        this.length = length;
    }

    /** The first {@code length} events of plan number {@code index}; the same for the same seed. */
    static List<Object> of(int index, int length, long seed) {
        return new PlanHistory(index, length, seed).generate();
    }

    /**
     * The plan's event as the command side records it: a domain event message of the plan's aggregate, numbered from
     * 0, with Tandem's metadata, recorded at {@code recordedAt}. The feed's timestamps grow with its order, as when
     * the command side appends and publishes: the Kafka source merges partitions by record timestamp.
     */
    static DomainEventMessage<?> message(int index, long sequence, Object event, Instant recordedAt) {
        String plan = "plan-" + index;
        MetaData metaData = MetaData.from(Map.of(
                EventMetadata.ACTOR, "c-" + (index % CLINICIANS),
                EventMetadata.CORRELATION_ID, "request-" + plan + "-" + sequence,
                EventMetadata.CAUSATION_ID, "command-" + plan + "-" + sequence,
                EventMetadata.RECORDED_AT, recordedAt.toString()));
        return new GenericDomainEventMessage<>(AGGREGATE_TYPE, plan, sequence, event, metaData,
                                               "event-" + plan + "-" + sequence, recordedAt);
    }

    private List<Object> generate() {
        Instant at = start;
        append(new TreatmentPlanOpened(plan, UnitKind.COUPLE,
                                       List.of(partner(avery, "Partner A"), partner(jordan, "Partner B")), clinician,
                                       LevelOfCare.IOP_ADULT, at));
        GoalId goal = GoalId.of("goal-" + plan.value());
        append(new RecoveryGoalSet(plan, goal, GoalScope.SHARED, null, "Rebuild trust through steady attendance",
                                   clinician, at));
        append(new JointParticipationExpectationSet(plan, JointParticipation.STRONGLY_ENCOURAGED,
                                                    JointParticipationReason.READY_FOR_DEEP_WORK, clinician, at));
        int pauseWeek = 3 + random.nextInt(8);
        for (int week = 0; !full(); week++) {
            Instant monday = start.plus(Duration.ofDays(7L * week));
            if (week == pauseWeek) {
                pauseAndResume(monday);
            } else {
                couplesSession(week, monday.plus(Duration.ofDays(1)));
            }
            individualSession(week, "a", avery, monday.plus(Duration.ofDays(3)));
            individualSession(week, "b", jordan, monday.plus(Duration.ofDays(3)).plus(Duration.ofHours(2)));
            if (week % 4 == 3) {
                append(new RecoveryGoalRevised(plan, goal, null, "Goal revised in week " + week, clinician, monday));
            }
            if (week == 6) {
                append(new LevelOfCareChanged(plan, LevelOfCare.IOP_ADULT, LevelOfCare.PHP,
                                              LevelOfCareChangeReason.CLINICAL_STEP_UP, clinician, monday));
            }
        }
        return events.subList(0, length);
    }

    private void couplesSession(int week, Instant startsAt) {
        SessionId session = session(week, "joint");
        append(new SessionScheduled(plan, session, SessionKind.COUPLES, startsAt, SESSION_MINUTES, clinician,
                                    List.of(avery, jordan), LocationMode.SAME_LOCATION, null, null));
        int roll = random.nextInt(100);
        Instant after = startsAt.plus(Duration.ofMinutes(SESSION_MINUTES));
        if (roll < 10) {
            startsAt = startsAt.plus(Duration.ofHours(3));
            append(new SessionRescheduled(plan, session, startsAt, SESSION_MINUTES, clinician, startsAt));
            after = startsAt.plus(Duration.ofMinutes(SESSION_MINUTES));
        }
        if (roll < 80) {
            append(new JointAttendanceRecorded(plan, session, List.of(avery, jordan), clinician, after));
            return;
        }
        append(new SoloAttendanceRecorded(plan, session, avery, jordan, AbsenceReason.SCHEDULING_CONFLICT,
                                          "Absence detail recorded by the clinician",
                                          TherapistJudgement.ABSENCE_DOES_NOT_HINDER_PROGRESS,
                                          AdjustedFocus.INDIVIDUAL_RECOVERY_GOALS, clinician, after));
        append(new PartnersInformedOfAbsence(plan, session, clinician, after));
        append(new SessionSummaryOffered(plan, session, jordan, clinician, after));
        append(new MakeupSessionOffered(plan, session, jordan, clinician, after));
        SessionId makeup = session(week, "makeup");
        Instant makeupAt = startsAt.plus(Duration.ofDays(2));
        append(new SessionScheduled(plan, makeup, SessionKind.INDIVIDUAL, makeupAt, SESSION_MINUTES, clinician,
                                    List.of(jordan), LocationMode.NOT_RECORDED, session, null));
        append(new AttendanceRecorded(plan, makeup, List.of(attended(jordan)), clinician, makeupAt));
        append(new MakeupSessionAttended(plan, session, makeup, jordan, makeupAt));
    }

    private void individualSession(int week, String who, ParticipantId participant, Instant startsAt) {
        SessionId session = session(week, who);
        append(new SessionScheduled(plan, session, SessionKind.INDIVIDUAL, startsAt, SESSION_MINUTES, clinician,
                                    List.of(participant), LocationMode.NOT_RECORDED, null, null));
        int roll = random.nextInt(100);
        if (roll < 5) {
            append(new SessionCancelled(plan, session, CancellationReason.CLIENT_REQUEST, startsAt));
            return;
        }
        Instant after = startsAt.plus(Duration.ofMinutes(SESSION_MINUTES));
        if (roll < 20) {
            append(new AttendanceRecorded(plan, session, List.of(late(participant)), clinician, after));
            append(new AttendanceCorrected(plan, session, attended(participant), "Arrived on time; entered wrongly",
                                           clinician, after.plus(Duration.ofHours(1))));
        } else {
            append(new AttendanceRecorded(plan, session, List.of(attended(participant)), clinician, after));
        }
    }

    private void pauseAndResume(Instant monday) {
        LocalDate reviewOn = LocalDate.ofInstant(monday.plus(Duration.ofDays(14)), java.time.ZoneOffset.UTC);
        append(new CouplesTherapyPaused(plan, PauseReason.INDIVIDUAL_STABILIZATION_NEEDED, reviewOn,
                                        JointSessionHandling.CANCEL, clinician, monday));
        append(new CouplesTherapyPauseReviewDue(plan, reviewOn, monday.plus(Duration.ofDays(14))));
        append(new CouplesTherapyResumed(plan, List.of(new PartnerReadiness(avery, Readiness.READY),
                                                       new PartnerReadiness(jordan, Readiness.READY)),
                                         clinician, monday.plus(Duration.ofDays(14))));
    }

    private SessionId session(int week, String which) {
        return SessionId.of("s-" + plan.value() + "-w" + week + "-" + which);
    }

    private boolean full() {
        return events.size() >= length;
    }

    private void append(Object event) {
        events.add(event);
    }

    private static Member partner(ParticipantId participant, String displayName) {
        return new Member(participant, displayName, MemberRole.PARTNER, false, List.of());
    }

    private static ParticipantAttendance attended(ParticipantId participant) {
        return new ParticipantAttendance(participant, AttendanceStatus.ATTENDED, null, null, null, SESSION_MINUTES);
    }

    private static ParticipantAttendance late(ParticipantId participant) {
        return new ParticipantAttendance(participant, AttendanceStatus.LATE, 15, null, null, SESSION_MINUTES - 15);
    }
}
