package care.tandem.query.export.fhir;

import care.tandem.events.id.PlanId;
import care.tandem.events.plan.AbsenceReason;
import care.tandem.events.plan.AttendanceStatus;
import care.tandem.events.plan.CancellationReason;
import care.tandem.events.plan.GoalScope;
import care.tandem.events.plan.LevelOfCare;
import care.tandem.events.plan.LocationMode;
import care.tandem.events.plan.MemberRole;
import care.tandem.events.plan.SessionKind;
import care.tandem.events.plan.UnitKind;
import care.tandem.query.careplan.CarePlanRecordDocument;
import care.tandem.query.careplan.CareTeamMembership;
import care.tandem.query.careplan.RecoveryGoal;
import care.tandem.query.careplan.UnitMember;
import care.tandem.query.config.ClinicTime;
import care.tandem.query.consent.ConsentEntry;
import care.tandem.query.consent.ConsentState;
import care.tandem.query.consent.PlanConsent;
import care.tandem.query.readmodel.AttendanceFact;
import care.tandem.query.readmodel.AttendanceKind;
import care.tandem.query.readmodel.PlanDirectoryDocuments;
import care.tandem.query.readmodel.ScheduledSession;
import care.tandem.query.readmodel.SessionAttendance;
import care.tandem.query.readmodel.SessionStatus;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** A couple and a family with a minor, as their read models hold them, for the FHIR mapping's tests. */
final class FhirSamples {

    static final Instant OPENED = Instant.parse("2026-03-02T14:00:00Z");
    static final ClinicTime CLINIC = new ClinicTime(ZoneId.of("America/New_York"));
    static final String AVERY = "p-avery";
    static final String JORDAN = "p_jordan";
    static final String SAM = "p-sam";
    static final String ROBIN = "p-robin";
    static final String KAI = "p-kai";

    private FhirSamples() {
    }

    static Instant day(int day) {
        return OPENED.plusSeconds(86_400L * day);
    }

    /** Avery and Jordan (an id with an underscore): held, no-show, cancelled and booked sessions; two consents. */
    static FhirPlan couple() {
        CarePlanRecordDocument record = new CarePlanRecordDocument(key("plan-7"), 20, UnitKind.COUPLE,
                LevelOfCare.IOP_ADULT, OPENED, null,
                List.of(member(AVERY, "Avery Quinn", MemberRole.PARTNER, false, List.of()),
                        member(JORDAN, "Jordan Quinn", MemberRole.PARTNER, false, List.of())),
                List.of(new CareTeamMembership("c-lee", true, OPENED, null),
                        new CareTeamMembership("c-okafor", false, day(1), day(5))),
                List.of(new RecoveryGoal("g-1", GoalScope.SHARED, null, "Rebuild trust", "c-lee", day(1), day(4)),
                        new RecoveryGoal("g-2", GoalScope.INDIVIDUAL, AVERY, "90 days sober", "c-lee", day(1),
                                null)));
        List<ScheduledSession> sessions = List.of(
                held("s-1", SessionKind.COUPLES, day(2), AttendanceKind.SOLO,
                        fact(AVERY, AttendanceStatus.ATTENDED, null, null),
                        fact(JORDAN, AttendanceStatus.ABSENT, null, AbsenceReason.SCHEDULING_CONFLICT)),
                held("s-2", SessionKind.COUPLES, day(3), AttendanceKind.PER_PARTICIPANT,
                        fact(AVERY, AttendanceStatus.NO_SHOW, null, null),
                        fact(JORDAN, AttendanceStatus.NO_SHOW, null, null)),
                held("s-3", SessionKind.COUPLES, day(4), AttendanceKind.PER_PARTICIPANT,
                        fact(AVERY, AttendanceStatus.LATE, 15, null),
                        fact(JORDAN, AttendanceStatus.ATTENDED, null, null)),
                session("s-4", SessionKind.COUPLES, day(5), List.of(AVERY, JORDAN), SessionStatus.CANCELLED,
                        CancellationReason.CLINICIAN_UNAVAILABLE, null, null),
                session("s-5", SessionKind.INDIVIDUAL, day(8), List.of(JORDAN), SessionStatus.RESCHEDULED, null,
                        null, "s-1"));
        List<PlanConsent> consents = List.of(
                new PlanConsent(JORDAN, consent("consent-1", "plan-7", JORDAN, AVERY, null, day(1), null),
                        ConsentState.IN_FORCE),
                new PlanConsent(AVERY, consent("consent-2", "plan-7", AVERY, null, "Riverside Primary Care",
                        day(1), day(6)), ConsentState.REVOKED));
        return new FhirPlan(record, sessions, consents, CLINIC);
    }

    /** Sam and Robin with their minor Kai, whose guardians they are; discharged; Robin signed Kai's consent. */
    static FhirPlan family() {
        CarePlanRecordDocument record = new CarePlanRecordDocument(key("plan-9"), 12, UnitKind.FAMILY,
                LevelOfCare.IOP_ADOLESCENT, OPENED, day(30),
                List.of(member(SAM, "Sam Reyes", MemberRole.PARENT, false, List.of()),
                        member(ROBIN, "Robin Reyes", MemberRole.PARENT, false, List.of()),
                        new UnitMember(KAI, "Kai Reyes", MemberRole.ADOLESCENT, true, List.of(SAM, ROBIN), OPENED,
                                null)),
                List.of(new CareTeamMembership("c-lee", true, OPENED, day(30))),
                List.of(new RecoveryGoal("g_9", GoalScope.SHARED, null, "Weekly family meeting", "c-lee", day(1),
                        null)));
        List<ScheduledSession> sessions = List.of(held("s-9", SessionKind.FAMILY, day(2),
                AttendanceKind.PER_PARTICIPANT, fact(SAM, AttendanceStatus.ATTENDED, null, null),
                fact(ROBIN, AttendanceStatus.LEFT_EARLY, null, null),
                fact(KAI, AttendanceStatus.ATTENDED, null, null)));
        ConsentEntry kaisConsent = new ConsentEntry("consent-9", "plan-9", SAM, null, List.of("ATTENDANCE"),
                "COUPLES_OR_FAMILY_THERAPY", null, null, true, "SIGNED_IN_SESSION", ROBIN, day(1), "c-lee", day(1),
                null, null);
        return new FhirPlan(record, sessions, List.of(new PlanConsent(KAI, kaisConsent, ConsentState.EXPIRED)),
                CLINIC);
    }

    private static String key(String planId) {
        return PlanDirectoryDocuments.keyOf(PlanId.of(planId)).value();
    }

    private static UnitMember member(String id, String name, MemberRole role, boolean minor, List<String> guardians) {
        return new UnitMember(id, name, role, minor, guardians, OPENED, null);
    }

    private static AttendanceFact fact(String participant, AttendanceStatus status, Integer late,
                                       AbsenceReason reason) {
        Integer leftEarly = status == AttendanceStatus.LEFT_EARLY ? 20 : null;
        return new AttendanceFact(participant, status, late, leftEarly, reason,
                status.attendedMinutes(60, late, leftEarly));
    }

    private static ScheduledSession held(String id, SessionKind kind, Instant at, AttendanceKind attendanceKind,
                                         AttendanceFact... facts) {
        List<String> participants = java.util.Arrays.stream(facts).map(AttendanceFact::participantId).toList();
        return session(id, kind, at, participants, SessionStatus.HELD, null,
                SessionAttendance.recorded(attendanceKind, List.of(facts)), null);
    }

    private static ScheduledSession session(String id, SessionKind kind, Instant at, List<String> participants,
                                            SessionStatus status, CancellationReason reason,
                                            SessionAttendance attendance, String makeupFor) {
        return new ScheduledSession(id, kind, at, 60, "c-lee", participants, LocationMode.NOT_RECORDED, makeupFor,
                null, status, reason, attendance, 0);
    }

    private static ConsentEntry consent(String id, String planId, String person, String member, String provider,
                                        Instant granted, Instant revoked) {
        return new ConsentEntry(id, planId, member, provider, List.of("ATTENDANCE", "ABSENCE_REASONS"),
                member != null ? "COUPLES_OR_FAMILY_THERAPY" : "CARE_COORDINATION", null, day(60), false,
                "ELECTRONIC_SIGNATURE", person, granted, "c-lee", granted, revoked, revoked == null ? null : "c-lee");
    }
}
