package care.tandem.infra.demo;

import care.tandem.command.api.AftercareReferralRequest;
import care.tandem.command.api.AttendanceEntryRequest;
import care.tandem.command.api.CancelSessionRequest;
import care.tandem.command.api.CareTeamMemberRequest;
import care.tandem.command.api.ConsentRecipientRequest;
import care.tandem.command.api.CorrectAttendanceRequest;
import care.tandem.command.api.DischargeTreatmentPlanRequest;
import care.tandem.command.api.GrantConsentRequest;
import care.tandem.command.api.JointParticipationRequest;
import care.tandem.command.api.OpenTreatmentPlanRequest;
import care.tandem.command.api.PartnerReadinessRequest;
import care.tandem.command.api.PauseCouplesTherapyRequest;
import care.tandem.command.api.RecordAttendanceRequest;
import care.tandem.command.api.RecordSoloAttendanceRequest;
import care.tandem.command.api.RescheduleSessionRequest;
import care.tandem.command.api.ResumeCouplesTherapyRequest;
import care.tandem.command.api.ScheduleJointSessionRequest;
import care.tandem.command.api.ScheduleSessionRequest;
import care.tandem.command.api.SetRecoveryGoalRequest;
import care.tandem.command.api.ShareSessionSummaryRequest;
import care.tandem.command.api.SummaryPartRequest;
import care.tandem.events.consent.ConsentAttestation;
import care.tandem.events.consent.DisclosedInformation;
import care.tandem.events.consent.DisclosurePurpose;
import care.tandem.events.plan.CareTeamJoinReason;
import care.tandem.events.plan.SessionKind;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Numbers the demo script's steps and writes each command as the command API takes it: its path, the body
 * built from the API's own request records (so the script cannot drift from the API's shape), the acting
 * clinician, the idempotency key and the status that means "accepted".
 */
final class CommandRequests {

    private static final String PLANS = "/api/treatment-plans";
    private static final int CREATED = 201;
    private static final int OK = 200;
    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private final DemoProgram program;
    private final List<DemoStep> steps = new ArrayList<>();

    CommandRequests(DemoProgram program) {
        this.program = program;
    }

    List<DemoStep> steps() {
        return List.copyOf(steps);
    }

    /** The plan takes effect on the Monday of its first week, so its weeks of care count from there. */
    void open(DemoPlan plan) {
        Instant admitted = program.firstMonday().plusWeeks(plan.startWeek()).atStartOfDay(program.clinicZone())
                .toInstant();
        add(plan.planId(), PLANS, plan.primaryClinician(), new OpenTreatmentPlanRequest(plan.planId(),
                plan.unitKind(), plan.members(), null, plan.primaryClinician(), plan.levelOfCare(), admitted),
                CREATED);
    }

    void addToCareTeam(DemoPlan plan, String clinicianId, CareTeamJoinReason reason) {
        add(plan.planId(), planPath(plan, "/care-team"), plan.primaryClinician(),
                new CareTeamMemberRequest(clinicianId, reason), CREATED);
    }

    /** A partner's consent, signed in session, that the other partner receive session summaries about them. */
    void grantConsent(DemoPlan plan, String person, String recipient) {
        add(plan.planId(), planPath(plan, "/members/" + person + "/consents"), plan.primaryClinician(),
                new GrantConsentRequest(person + "-summaries", new ConsentRecipientRequest(recipient, null),
                        List.of(DisclosedInformation.ATTENDANCE, DisclosedInformation.SESSION_SUMMARIES),
                        DisclosurePurpose.COUPLES_OR_FAMILY_THERAPY, null, true, ConsentAttestation.SIGNED_IN_SESSION,
                        person, null), CREATED);
    }

    /** The summary of a joint session the absent partner missed, about the partner who came. */
    void shareSummary(DemoPlan plan, PlannedSession missed, String absent, String attending, String text) {
        add(plan.planId(), sessionPath(plan, missed, "/summary-shares"), missed.clinician(),
                new ShareSessionSummaryRequest(absent, List.of(new SummaryPartRequest(attending, text))), CREATED);
    }

    void setRecoveryGoal(DemoPlan plan, SetRecoveryGoalRequest goal) {
        add(plan.planId(), planPath(plan, "/goals"), plan.primaryClinician(), goal, CREATED);
    }

    void setJointParticipation(DemoPlan plan, JointParticipationRequest expectation) {
        add(plan.planId(), planPath(plan, "/joint-participation"), plan.primaryClinician(), expectation, OK);
    }

    void schedule(DemoPlan plan, PlannedSession session) {
        if (session.kind() == SessionKind.COUPLES) {
            add(plan.planId(), planPath(plan, "/joint-sessions"), plan.primaryClinician(),
                    new ScheduleJointSessionRequest(session.id(), session.start(), session.minutes(),
                            session.clinician(), session.participants(), session.locationMode()), CREATED);
        } else {
            add(plan.planId(), planPath(plan, "/sessions"), plan.primaryClinician(),
                    new ScheduleSessionRequest(session.id(), session.kind(), session.start(), session.minutes(),
                            session.clinician(), session.participants(), session.locationMode(),
                            session.makeupFor()), CREATED);
        }
    }

    void reschedule(DemoPlan plan, PlannedSession moved) {
        add(plan.planId(), sessionPath(plan, moved, "/reschedule"), plan.primaryClinician(),
                new RescheduleSessionRequest(moved.start(), moved.minutes()), OK);
    }

    void cancel(DemoPlan plan, PlannedSession session, CancelSessionRequest reason) {
        add(plan.planId(), sessionPath(plan, session, "/cancel"), plan.primaryClinician(), reason, OK);
    }

    void recordJointAttendance(DemoPlan plan, PlannedSession session) {
        add(plan.planId(), planPath(plan, "/joint-sessions/" + session.id() + "/attendance"), session.clinician(),
                null, CREATED);
    }

    void recordSoloAttendance(DemoPlan plan, PlannedSession session, RecordSoloAttendanceRequest solo) {
        add(plan.planId(), planPath(plan, "/joint-sessions/" + session.id() + "/solo-attendance"),
                session.clinician(), solo, CREATED);
    }

    void recordAttendance(DemoPlan plan, PlannedSession session, List<AttendanceEntryRequest> attendance) {
        add(plan.planId(), sessionPath(plan, session, "/attendance"), session.clinician(),
                new RecordAttendanceRequest(attendance), CREATED);
    }

    void correctAttendance(DemoPlan plan, PlannedSession session, CorrectAttendanceRequest correction) {
        add(plan.planId(), sessionPath(plan, session, "/attendance-corrections"), session.clinician(), correction,
                CREATED);
    }

    /** One step of a missed joint session's follow-up: partners-informed, summary-offer, makeup-offer, ... */
    void followUp(DemoPlan plan, PlannedSession missed, String step) {
        add(plan.planId(), sessionPath(plan, missed, "/" + step), missed.clinician(), null, OK);
    }

    void pause(DemoPlan plan, PauseCouplesTherapyRequest pause) {
        add(plan.planId(), planPath(plan, "/couples-therapy/pause"), plan.primaryClinician(), pause, OK);
    }

    void resume(DemoPlan plan, List<PartnerReadinessRequest> readiness) {
        add(plan.planId(), planPath(plan, "/couples-therapy/resume"), plan.primaryClinician(),
                new ResumeCouplesTherapyRequest(readiness), OK);
    }

    void discharge(DemoPlan plan, List<AftercareReferralRequest> referrals) {
        add(plan.planId(), planPath(plan, "/discharge"), plan.primaryClinician(),
                new DischargeTreatmentPlanRequest(referrals), OK);
    }

    private static String planPath(DemoPlan plan, String rest) {
        return PLANS + "/" + plan.planId() + rest;
    }

    private static String sessionPath(DemoPlan plan, PlannedSession session, String rest) {
        return planPath(plan, "/sessions/" + session.id() + rest);
    }

    private void add(String planId, String path, String clinicianId, Object body, int expectedStatus) {
        int number = steps.size() + 1;
        steps.add(new DemoStep(number, planId, "POST", path, clinicianId, program.idempotencyKey(number),
                body == null ? null : json(body), expectedStatus));
    }

    private static String json(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a demo command as JSON", e);
        }
    }
}
