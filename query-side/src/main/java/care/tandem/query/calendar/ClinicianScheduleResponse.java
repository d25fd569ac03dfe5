package care.tandem.query.calendar;

import care.tandem.events.plan.CancellationReason;
import care.tandem.events.plan.SessionKind;
import care.tandem.query.api.Period;
import care.tandem.query.config.ClinicTime;
import care.tandem.query.readmodel.AttendanceFact;
import care.tandem.query.readmodel.AttendanceKind;
import care.tandem.query.readmodel.DocumentKey;
import care.tandem.query.readmodel.ScheduledSession;
import care.tandem.query.readmodel.SessionStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A clinician's sessions across every plan of their caseload that start in the period asked for, laid out for a week
 * or month view: every day of the period in the clinic's time zone ({@code timeZone}), days without sessions too, each
 * with its sessions in start order. A session several plans share (a multi-family group) is listed once, with each
 * plan's share: its participants and their attendance, and its own status, since one plan may cancel its share of a
 * group session that the others hold.
 */
public record ClinicianScheduleResponse(String clinicianId, String timeZone, List<Day> days) {

    static ClinicianScheduleResponse from(String clinicianId, Period period, ClinicTime clinicTime,
                                          List<ClinicianWeekDocument> weeks, Predicate<String> visiblePlan) {
        Map<LocalDate, List<Session>> sessionsByDay = sessionsStartingIn(period, weeks, visiblePlan).stream()
                .collect(Collectors.groupingBy(session -> clinicTime.dateOf(session.startsAt())));
        LocalDate firstDay = clinicTime.dateOf(period.from());
        LocalDate lastDay = clinicTime.dateOf(period.until().minusNanos(1));
        List<Day> days = firstDay.datesUntil(lastDay.plusDays(1))
                .map(date -> new Day(date, sessionsByDay.getOrDefault(date, List.of())))
                .toList();
        return new ClinicianScheduleResponse(clinicianId, clinicTime.timeZone().getId(), days);
    }

    /**
     * Each session once, earliest first, with the shares of the plans it belongs to in plan id order; a plan the
     * caller may not see leaves its share out, and a session with no share left is left out.
     */
    private static List<Session> sessionsStartingIn(Period period, List<ClinicianWeekDocument> weeks,
                                                    Predicate<String> visiblePlan) {
        Map<Slot, List<PlanShare>> sharesBySlot = new LinkedHashMap<>();
        weeks.stream()
                .filter(week -> visiblePlan.test(DocumentKey.parse(week.id()).last()))
                .flatMap(week -> week.sessions().stream()
                        .filter(session -> period.contains(session.startsAt()))
                        .map(session -> new PlacedShare(Slot.of(session),
                                                        PlanShare.of(DocumentKey.parse(week.id()).last(), session))))
                .sorted(IN_START_ORDER)
                .forEach(placed -> sharesBySlot.computeIfAbsent(placed.slot(), slot -> new ArrayList<>())
                        .add(placed.share()));
        return sharesBySlot.entrySet().stream()
                .map(slotShares -> Session.of(slotShares.getKey(), slotShares.getValue()))
                .toList();
    }

    private static final Comparator<PlacedShare> IN_START_ORDER = Comparator
            .comparing((PlacedShare placed) -> placed.slot().startsAt())
            .thenComparing(placed -> placed.slot().sessionId())
            .thenComparing(placed -> placed.share().planId());

    /**
     * What makes the shares of several plans one session: the same id at the same time. Should one plan alone move
     * its share of a group session, its people are expected at another time, and the view shows both.
     */
    private record Slot(String sessionId, SessionKind kind, Instant startsAt, int durationMinutes) {

        static Slot of(ScheduledSession session) {
            return new Slot(session.sessionId(), session.kind(), session.startsAt(), session.durationMinutes());
        }
    }

    private record PlacedShare(Slot slot, PlanShare share) {
    }

    public record Day(LocalDate date, List<Session> sessions) {
    }

    /** {@code plans} holds one share for a session of one plan, one per plan for a multi-family group session. */
    public record Session(String sessionId, SessionKind kind, Instant startsAt, int durationMinutes,
                          List<PlanShare> plans) {

        static Session of(Slot slot, List<PlanShare> plans) {
            return new Session(slot.sessionId(), slot.kind(), slot.startsAt(), slot.durationMinutes(), plans);
        }
    }

    /**
     * One plan's share of a session: {@code cancellationReason} is present only when CANCELLED, {@code attendanceKind}
     * (the fact that recorded the attendance) once HELD.
     */
    public record PlanShare(String planId, SessionStatus status, CancellationReason cancellationReason,
                            AttendanceKind attendanceKind, List<Participant> participants) {

        static PlanShare of(String planId, ScheduledSession session) {
            List<Participant> participants = session.participants().stream()
                    .map(participant -> new Participant(participant, session.attendanceOf(participant),
                                                        session.isAttendanceCorrectedFor(participant)))
                    .toList();
            return new PlanShare(planId, session.status(), session.cancellationReason(),
                                 session.attendance() == null ? null : session.attendance().kind(), participants);
        }
    }

    /**
     * A participant of the clinician's own caseload and, once the session is held, the attendance that stands for
     * them: their latest correction where {@code attendanceCorrected}, else what was recorded.
     */
    public record Participant(String participantId, AttendanceFact attendance, boolean attendanceCorrected) {
    }
}
