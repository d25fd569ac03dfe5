package care.tandem.infra.demo;

import care.tandem.command.api.AftercareReferralRequest;
import care.tandem.command.api.AttendanceEntryRequest;
import care.tandem.command.api.CancelSessionRequest;
import care.tandem.command.api.CorrectAttendanceRequest;
import care.tandem.command.api.JointParticipationRequest;
import care.tandem.command.api.PartnerReadinessRequest;
import care.tandem.command.api.PauseCouplesTherapyRequest;
import care.tandem.command.api.RecordSoloAttendanceRequest;
import care.tandem.command.api.SetRecoveryGoalRequest;
import care.tandem.events.plan.AbsenceReason;
import care.tandem.events.plan.AdjustedFocus;
import care.tandem.events.plan.AftercareKind;
import care.tandem.events.plan.AttendanceStatus;
import care.tandem.events.plan.CancellationReason;
import care.tandem.events.plan.CareTeamJoinReason;
import care.tandem.events.plan.GoalScope;
import care.tandem.events.plan.JointParticipation;
import care.tandem.events.plan.JointParticipationReason;
import care.tandem.events.plan.JointSessionHandling;
import care.tandem.events.plan.LevelOfCare;
import care.tandem.events.plan.LocationMode;
import care.tandem.events.plan.PauseReason;
import care.tandem.events.plan.Readiness;
import care.tandem.events.plan.SessionKind;
import care.tandem.events.plan.TherapistJudgement;
import care.tandem.events.plan.UnitKind;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes the demo program week by week, plan by plan: each week's sessions are scheduled, then the attendance of
 * those that ended by {@link DemoProgram#seededAt()} is recorded in start order, with the follow-up of every
 * joint session one partner missed. The plans' {@link DemoRole roles} add the pauses, the discharge, the
 * schedule changes and the participant under the minimum at fixed points of the program.
 */
final class DemoScriptWriter {

    private static final List<SessionKind> COUPLE_DAYS = List.of(SessionKind.COUPLES, SessionKind.INDIVIDUAL,
            SessionKind.COUPLES, SessionKind.PSYCHOEDUCATION, SessionKind.JOINT_RECOVERY_PLANNING);
    private static final List<SessionKind> FAMILY_DAYS = List.of(SessionKind.FAMILY, SessionKind.PSYCHOEDUCATION,
            SessionKind.FAMILY, SessionKind.INDIVIDUAL, SessionKind.FAMILY);
    private static final int INDIVIDUAL_MINUTES = 45;
    private static final int MAKEUP_MINUTES = 45;
    private static final int PHP_AFTERNOON_MINUTES = 120;
    /** Between the morning and the afternoon blocks: free of every regular session. */
    private static final LocalTime MAKEUP_TIME = LocalTime.of(12, 15);
    private static final int SOLO_PERCENT = 7;
    private static final List<AbsenceReason> ABSENCE_REASONS = List.of(AbsenceReason.values());
    private static final List<AdjustedFocus> FOCUSES = List.of(AdjustedFocus.COMMUNICATION_SKILLS,
            AdjustedFocus.EMOTIONAL_REGULATION, AdjustedFocus.RELAPSE_PREVENTION,
            AdjustedFocus.INDIVIDUAL_RECOVERY_GOALS, AdjustedFocus.PARTNER_SUPPORT_PLANNING);
    private static final List<String> SHARED_GOALS = List.of(
            "Hold one structured check-in together every week",
            "Write a shared relapse-prevention plan with early warning signs",
            "Agree on a plan for handling conflict without escalation",
            "Rebuild daily routines that support recovery at home");

    /** What a summary shared with the absent partner says: the session's work, never a name or a diagnosis. */
    private static final String SHARED_SUMMARY = "The session worked on communication skills; the partner who came "
            + "would like to go over the exercise together before the next joint session.";

    private final DemoProgram program;
    private final Random random;
    private final Bookings bookings = new Bookings();
    private final CommandRequests requests;
    private int solos;

    DemoScriptWriter(DemoProgram program) {
        this.program = program;
        this.random = new Random(program.seed());
        this.requests = new CommandRequests(program);
    }

    DemoScript write() {
        List<DemoPlan> plans = DemoCast.of(program.size(), random);
        for (DemoPlan plan : plans) {
            requests.open(plan);
            requests.addToCareTeam(plan, DemoSeeder.CLINICAL_SUPERVISOR, CareTeamJoinReason.CLINICAL_SUPERVISOR);
            if (consentToShare(plan)) {
                List<String> partners = plan.participantIds();
                requests.grantConsent(plan, partners.get(0), partners.get(1));
                requests.grantConsent(plan, partners.get(1), partners.get(0));
            }
            requests.setRecoveryGoal(plan, new SetRecoveryGoalRequest(plan.planId() + "-goal-1", GoalScope.SHARED,
                    null, SHARED_GOALS.get(random.nextInt(SHARED_GOALS.size()))));
            if (plan.role() == DemoRole.JOINT_STRONGLY_ENCOURAGED) {
                requests.setJointParticipation(plan, new JointParticipationRequest(
                        JointParticipation.STRONGLY_ENCOURAGED, JointParticipationReason.BETRAYAL_OR_RELAPSE_PROCESSING));
            }
        }
        for (int week = 0; week < program.size().weeks(); week++) {
            Map<String, PlannedSession> groups = groupsOf(plans, week);
            for (DemoPlan plan : plans) {
                if (takesPartIn(plan, week)) {
                    writeWeek(plan, week, groups);
                }
            }
        }
        plans.stream().filter(plan -> plan.role() == DemoRole.PAUSE_ACTIVE).forEach(plan ->
                requests.pause(plan, new PauseCouplesTherapyRequest(PauseReason.EMOTIONAL_SAFETY,
                        program.lastMonday().plusWeeks(3), JointSessionHandling.CONVERT_TO_INDIVIDUAL)));
        return new DemoScript(program, plans, requests.steps());
    }

    // --- the program's calendar ------------------------------------------------------------------

    private int pauseWeek() {
        return Math.max(1, program.size().weeks() / 3);
    }

    private int resumeWeek() {
        return Math.max(pauseWeek() + 1, 2 * program.size().weeks() / 3);
    }

    private int dischargeWeek() {
        return Math.max(0, program.size().weeks() / 2 - 1);
    }

    /** The week before the current one and the current one. */
    private boolean isStrugglingWeek(int week) {
        return week >= program.size().weeks() - 2;
    }

    private boolean takesPartIn(DemoPlan plan, int week) {
        return week >= plan.startWeek() && (plan.role() != DemoRole.DISCHARGED || week <= dischargeWeek());
    }

    private Instant at(LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(program.clinicZone()).toInstant();
    }

    private LocalDate dayOf(int week, DayOfWeek day) {
        return program.firstMonday().plusWeeks(week).plusDays(day.getValue() - 1L);
    }

    private boolean hasEnded(PlannedSession session) {
        return !session.end().isAfter(program.seededAt());
    }

    // --- scheduling ------------------------------------------------------------------------------

    /** Each lane's multi-family group of each weekday any of its plans attends, its leader booked. */
    private Map<String, PlannedSession> groupsOf(List<DemoPlan> plans, int week) {
        Map<String, PlannedSession> groups = new HashMap<>();
        for (Lane lane : Lane.ALL) {
            for (DayOfWeek day : DayOfWeek.values()) {
                boolean anyPlanThatDay = plans.stream().anyMatch(plan -> plan.lane().equals(lane)
                        && plan.days().contains(day) && takesPartIn(plan, week));
                if (anyPlanThatDay) {
                    LocalDate date = dayOf(week, day);
                    String id = "demo-group-" + lane.index() + "-" + date;
                    Instant start = at(date, lane.groupStart());
                    PlannedSession group = new PlannedSession(id, SessionKind.MULTI_FAMILY_GROUP, start,
                            Lane.GROUP_MINUTES, clinicianFor(DemoCast.groupLeader(lane), id, start,
                            Lane.GROUP_MINUTES), List.of(), LocationMode.NOT_RECORDED, null);
                    bookings.book(List.of(group.clinician()), id, start, group.end());
                    groups.put(id, group);
                }
            }
        }
        return groups;
    }

    private String clinicianFor(String preferred, String sessionId, Instant start, int minutes) {
        return bookings.freeClinician(preferred, DemoCast.CLINICIANS, sessionId, start,
                        start.plusSeconds(60L * minutes))
                .orElseThrow(() -> new IllegalStateException("no clinician is free for demo session " + sessionId));
    }

    private void writeWeek(DemoPlan plan, int week, Map<String, PlannedSession> groups) {
        if (plan.role() == DemoRole.PAUSE_RESUMED && week == pauseWeek()) {
            requests.pause(plan, new PauseCouplesTherapyRequest(PauseReason.EMOTIONAL_SAFETY,
                    program.lastMonday().plusWeeks(2), null));
        }
        if (plan.role() == DemoRole.PAUSE_RESUMED && week == resumeWeek()) {
            List<String> partners = plan.participantIds();
            requests.resume(plan, List.of(new PartnerReadinessRequest(partners.get(0), Readiness.READY),
                    new PartnerReadinessRequest(partners.get(1), Readiness.READY_WITH_RESERVATIONS)));
        }
        List<PlannedSession> sessions = new ArrayList<>();
        for (int position = 0; position < plan.days().size(); position++) {
            LocalDate date = dayOf(week, plan.days().get(position));
            PlannedSession group = groups.get("demo-group-" + plan.lane().index() + "-" + date);
            sessions.add(book(new PlannedSession(group.id(), group.kind(), group.start(), group.minutes(),
                    group.clinician(), groupParticipants(plan, week), group.locationMode(), null)));
            boolean lastDayOfPlan = plan.role() == DemoRole.DISCHARGED && week == dischargeWeek()
                    && position == plan.days().size() - 1;
            sessions.addAll(ownSessions(plan, week, date, lastDayOfPlan ? SessionKind.DISCHARGE_PLANNING
                    : (plan.isCouple() ? COUPLE_DAYS : FAMILY_DAYS).get(position)));
            if (plan.levelOfCare() == LevelOfCare.PHP) {
                LocalTime afternoon = plan.lane().isMorning() ? LocalTime.of(13, 0) : Lane.ALL.get(0).blockStart();
                sessions.add(ownSession(plan, date, "psychoeducation-pm", SessionKind.PSYCHOEDUCATION,
                        at(date, afternoon), PHP_AFTERNOON_MINUTES, plan.participantIds()));
            }
        }
        sessions.sort(Comparator.comparing(PlannedSession::start));
        sessions.forEach(session -> requests.schedule(plan, session));
        if (plan.role() == DemoRole.SCHEDULE_CHANGES) {
            changeSchedule(plan, week, sessions);
            sessions.sort(Comparator.comparing(PlannedSession::start));
        }
        for (PlannedSession session : sessions) {
            if (hasEnded(session)) {
                recordAttendance(plan, week, session);
            }
        }
        if (plan.role() == DemoRole.DISCHARGED && week == dischargeWeek()) {
            requests.discharge(plan, List.of(
                    new AftercareReferralRequest(AftercareKind.OUTPATIENT_THERAPY, "Weekly outpatient counselling"),
                    new AftercareReferralRequest(AftercareKind.SUPPORT_GROUP, "Peer recovery group twice a week")));
        }
    }

    /** In the struggling weeks the partner under the minimum is excused from the groups. */
    private List<String> groupParticipants(DemoPlan plan, int week) {
        if (plan.role() == DemoRole.UNDER_MINIMUM && isStrugglingWeek(week)) {
            return plan.participantIds().subList(0, 1);
        }
        return plan.participantIds();
    }

    private List<PlannedSession> ownSessions(DemoPlan plan, int week, LocalDate date, SessionKind kind) {
        Instant start = at(date, plan.lane().ownStart());
        boolean paused = plan.role() == DemoRole.PAUSE_RESUMED && week >= pauseWeek() && week < resumeWeek();
        if (kind == SessionKind.INDIVIDUAL || kind == SessionKind.COUPLES && paused) {
            List<PlannedSession> individuals = new ArrayList<>();
            List<String> pair = plan.individualPair();
            for (int turn = 0; turn < pair.size(); turn++) {
                individuals.add(ownSession(plan, date, "individual-" + (turn + 1), SessionKind.INDIVIDUAL,
                        start.plusSeconds(60L * INDIVIDUAL_MINUTES * turn), INDIVIDUAL_MINUTES,
                        List.of(pair.get(turn))));
            }
            return individuals;
        }
        return List.of(ownSession(plan, date, kind.name().toLowerCase().replace('_', '-'), kind, start,
                Lane.OWN_MINUTES, plan.participantIds()));
    }

    private PlannedSession ownSession(DemoPlan plan, LocalDate date, String name, SessionKind kind, Instant start,
                                      int minutes, List<String> participants) {
        String id = plan.planId() + "-" + date + "-" + name;
        LocationMode location = switch (kind) {
            case COUPLES -> random.nextInt(5) == 0 ? LocationMode.SEPARATE_LOCATIONS : LocationMode.SAME_LOCATION;
            case FAMILY -> LocationMode.SAME_LOCATION;
            default -> LocationMode.NOT_RECORDED;
        };
        return book(new PlannedSession(id, kind, start, minutes, clinicianFor(plan.primaryClinician(), id, start,
                minutes), participants, location, null));
    }

    /** Books the participants, and the clinician unless the session is a group whose leader is booked already. */
    private PlannedSession book(PlannedSession session) {
        bookings.book(session.kind() == SessionKind.MULTI_FAMILY_GROUP ? session.participants() : session.people(),
                session.id(), session.start(), session.end());
        return session;
    }

    /**
     * The first week's first own session is cancelled (the clinician was unavailable), the second week's moves
     * to a weekday the plan does not attend, and the current week's first session still ahead is cancelled at
     * the family's request.
     */
    private void changeSchedule(DemoPlan plan, int week, List<PlannedSession> sessions) {
        List<PlannedSession> own = sessions.stream()
                .filter(session -> session.kind() != SessionKind.MULTI_FAMILY_GROUP).toList();
        if (week == 0) {
            cancel(plan, sessions, own.get(0), CancellationReason.CLINICIAN_UNAVAILABLE);
        } else if (week == 1) {
            PlannedSession session = own.get(0);
            LocalTime time = session.start().atZone(program.clinicZone()).toLocalTime();
            for (DayOfWeek day : DayOfWeek.values()) {
                PlannedSession moved = session.movedTo(at(dayOf(week, day), time));
                if (day.getValue() <= DayOfWeek.FRIDAY.getValue() && !plan.days().contains(day)
                        && bookings.areFree(moved.people(), moved.id(), moved.start(), moved.end())) {
                    bookings.release(session.id());
                    book(moved);
                    requests.reschedule(plan, moved);
                    sessions.set(sessions.indexOf(session), moved);
                    return;
                }
            }
            throw new IllegalStateException("no free weekday to move demo session " + session.id() + " to");
        } else if (week == program.size().weeks() - 1) {
            own.stream().filter(session -> !hasEnded(session)).findFirst()
                    .ifPresent(session -> cancel(plan, sessions, session, CancellationReason.CLIENT_REQUEST));
        }
    }

    private void cancel(DemoPlan plan, List<PlannedSession> sessions, PlannedSession session,
                        CancellationReason reason) {
        requests.cancel(plan, session, new CancelSessionRequest(reason));
        bookings.release(session.id());
        sessions.remove(session);
    }

    // --- attendance ------------------------------------------------------------------------------

    private void recordAttendance(DemoPlan plan, int week, PlannedSession session) {
        if (session.kind() == SessionKind.COUPLES) {
            recordJointAttendance(plan, week, session);
            return;
        }
        boolean correctLater = plan.role() == DemoRole.SCHEDULE_CHANGES && week == 0
                && session.kind() == SessionKind.MULTI_FAMILY_GROUP && isFirstGroupOfWeek(plan, session);
        String corrected = plan.individualPair().get(0);
        List<AttendanceEntryRequest> attendance = new ArrayList<>();
        for (String participant : session.participants()) {
            boolean missesIndividualSessions = plan.role() == DemoRole.UNDER_MINIMUM
                    && isStrugglingWeek(week) && session.kind() == SessionKind.INDIVIDUAL
                    && participant.equals(plan.participantIds().get(1));
            attendance.add(missesIndividualSessions || correctLater && participant.equals(corrected)
                    ? entry(participant, AttendanceStatus.NO_SHOW) : randomEntry(participant));
        }
        requests.recordAttendance(plan, session, attendance);
        if (correctLater) {
            requests.correctAttendance(plan, session, new CorrectAttendanceRequest(corrected, AttendanceStatus.LATE,
                    20, null, null, "Sign-in sheet shows a late arrival, not a no-show"));
        }
    }

    private boolean isFirstGroupOfWeek(DemoPlan plan, PlannedSession group) {
        return group.start().atZone(program.clinicZone()).getDayOfWeek() == plan.days().get(0);
    }

    /**
     * Joint sessions are mostly attended by both; now and then one partner comes alone (the absence reasons in
     * turn), or the clinician records each partner's arrival. Where joint participation is strongly encouraged,
     * the second week's first joint session is attended alone, which raises a participation concern.
     */
    private void recordJointAttendance(DemoPlan plan, int week, PlannedSession session) {
        boolean forcedSolo = plan.role() == DemoRole.JOINT_STRONGLY_ENCOURAGED && week == 1
                && isFirstJointOfWeek(plan, session);
        int draw = random.nextInt(100);
        if (forcedSolo || draw < SOLO_PERCENT) {
            recordSoloAttendance(plan, session);
        } else if (draw < SOLO_PERCENT + 12) {
            List<String> partners = session.participants();
            requests.recordAttendance(plan, session, List.of(entry(partners.get(0), AttendanceStatus.ATTENDED),
                    random.nextBoolean() ? new AttendanceEntryRequest(partners.get(1), AttendanceStatus.LATE,
                            5 + random.nextInt(16), null, null)
                            : new AttendanceEntryRequest(partners.get(1), AttendanceStatus.LEFT_EARLY, null,
                            10 + random.nextInt(21), null)));
        } else {
            requests.recordJointAttendance(plan, session);
        }
    }

    /**
     * Three couples in four signed consents at admission that each partner receive the other's session summaries
     * (42 CFR 2.31); in the others nothing is shared, the summary stays offered.
     */
    private static boolean consentToShare(DemoPlan plan) {
        return plan.unitKind() == UnitKind.COUPLE && Math.floorMod(plan.planId().hashCode(), 4) != 0;
    }

    private boolean isFirstJointOfWeek(DemoPlan plan, PlannedSession joint) {
        DayOfWeek firstJointDay = plan.days().get(COUPLE_DAYS.indexOf(SessionKind.COUPLES));
        return joint.start().atZone(program.clinicZone()).getDayOfWeek() == firstJointDay;
    }

    /**
     * One partner came alone. The clinic's follow-up varies from solo to solo: partners are always informed;
     * most absent partners are offered a summary and a makeup session, which is then scheduled and attended (or
     * stays ahead), or declined.
     */
    private void recordSoloAttendance(DemoPlan plan, PlannedSession session) {
        int solo = solos++;
        int absentIndex = random.nextInt(2);
        String absent = session.participants().get(absentIndex);
        AbsenceReason reason = ABSENCE_REASONS.get(solo % ABSENCE_REASONS.size());
        requests.recordSoloAttendance(plan, session, new RecordSoloAttendanceRequest(
                session.participants().get(1 - absentIndex), absent, reason,
                reason == AbsenceReason.OTHER ? "Transport to the session fell through" : null,
                random.nextInt(3) == 0 ? TherapistJudgement.ABSENCE_HINDERS_PROGRESS
                        : TherapistJudgement.ABSENCE_DOES_NOT_HINDER_PROGRESS,
                FOCUSES.get(random.nextInt(FOCUSES.size()))));
        requests.followUp(plan, session, "partners-informed");
        if (solo % 4 != 3) {
            requests.followUp(plan, session, "summary-offer");
            if (consentToShare(plan)) {
                requests.shareSummary(plan, session, absent, session.participants().get(1 - absentIndex),
                        SHARED_SUMMARY);
            }
        }
        if (solo % 3 == 2) {
            return;
        }
        requests.followUp(plan, session, "makeup-offer");
        if (solo % 4 == 1) {
            requests.followUp(plan, session, "makeup-declined");
        } else {
            scheduleMakeup(plan, session, absent);
        }
    }

    /** An individual makeup session at midday on the next weekday the absent partner and a clinician are free. */
    private void scheduleMakeup(DemoPlan plan, PlannedSession missed, String absent) {
        LocalDate day = missed.start().atZone(program.clinicZone()).toLocalDate();
        for (int tries = 0; tries < 7; tries++) {
            day = day.plusDays(day.getDayOfWeek() == DayOfWeek.FRIDAY ? 3 : 1);
            Instant start = at(day, MAKEUP_TIME);
            String id = missed.id() + "-makeup";
            Instant end = start.plusSeconds(60L * MAKEUP_MINUTES);
            if (bookings.isFree(absent, id, start, end)) {
                PlannedSession makeup = book(new PlannedSession(id, SessionKind.INDIVIDUAL, start, MAKEUP_MINUTES,
                        clinicianFor(missed.clinician(), id, start, MAKEUP_MINUTES), List.of(absent),
                        LocationMode.NOT_RECORDED, missed.id()));
                requests.schedule(plan, makeup);
                if (hasEnded(makeup)) {
                    requests.recordAttendance(plan, makeup, List.of(entry(absent, AttendanceStatus.ATTENDED)));
                }
                return;
            }
        }
        throw new IllegalStateException("no free midday slot for the makeup of demo session " + missed.id());
    }

    private static AttendanceEntryRequest entry(String participant, AttendanceStatus status) {
        return new AttendanceEntryRequest(participant, status, null, null, null);
    }

    /** Most people attend; a few arrive late, leave early, are excused or do not show. */
    private AttendanceEntryRequest randomEntry(String participant) {
        int draw = random.nextInt(100);
        if (draw < 90) {
            return entry(participant, AttendanceStatus.ATTENDED);
        } else if (draw < 94) {
            return new AttendanceEntryRequest(participant, AttendanceStatus.LATE, 5 + random.nextInt(16), null, null);
        } else if (draw < 97) {
            return new AttendanceEntryRequest(participant, AttendanceStatus.LEFT_EARLY, null, 10 + random.nextInt(21),
                    null);
        } else if (draw < 99) {
            // OTHER is left to solo attendance, where the clinician says what it was.
            return new AttendanceEntryRequest(participant, AttendanceStatus.ABSENT, null, null,
                    ABSENCE_REASONS.get(random.nextInt(ABSENCE_REASONS.size() - 1)));
        }
        return entry(participant, AttendanceStatus.NO_SHOW);
    }
}
