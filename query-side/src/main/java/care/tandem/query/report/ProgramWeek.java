package care.tandem.query.report;

import care.tandem.events.plan.PauseReason;

import java.util.EnumMap;
import java.util.Map;

/**
 * The program's figures for one ISO week of the clinic (Monday to Sunday in its time zone), for every clinician or
 * for one. No names and no participant ids: only counts and rates. Rates are fractions (0 to 1, four decimals), null
 * when their denominator is 0.
 * <ul>
 * <li>{@code sessionsHeld}: sessions of any kind that started this week and whose attendance is recorded; by clinician,
 * the clinician who ran them.</li>
 * <li>{@code expectedParticipantSessions}: the participants those sessions expected, summed over the sessions.</li>
 * <li>{@code attendedParticipantSessions}: of those, the ones whose attendance, as it stands after corrections, is
 * ATTENDED, LATE or LEFT_EARLY.</li>
 * <li>{@code attendanceRate}: attendedParticipantSessions / expectedParticipantSessions.</li>
 * <li>{@code couplesSessionsHeld}: held sessions of kind COUPLES (joint sessions); {@code couplesSessionsAttendedJointly}
 * those both partners attended, {@code couplesSessionsAttendedSolo} those exactly one of the two attended (a couples
 * session neither attended counts in neither).</li>
 * <li>{@code jointAttendanceRatio}: jointly / (jointly + solo).</li>
 * <li>{@code pauses}: pauses of couples therapy, by the clinician who paused: {@code started} this week, with
 * {@code startedByReason}; {@code active}: in force at some time this week (started before its end, not ended before
 * its start); {@code minutesPaused}: the whole minutes within this week that those pauses were in force, up to now for
 * a pause still in force.</li>
 * <li>{@code makeups}: makeup sessions offered this week to a partner who missed a joint session, by the clinician who
 * offered them, and how those offers stand now: {@code scheduled} (a makeup session is scheduled or was held, not
 * cancelled), {@code attended}, {@code declined}; {@code completionRate}: attended / offered.</li>
 * <li>{@code underMinimumCount}: participants under their level of care's weekly minimum in this week, once it has
 * ended, and {@code atRiskCount}: those at risk of it while it is under way (as {@code GET /api/weekly-hours} reports
 * them); by clinician, those in the plans whose primary clinician they are.</li>
 * </ul>
 */
public record ProgramWeek(
        String week,
        int sessionsHeld,
        int expectedParticipantSessions,
        int attendedParticipantSessions,
        Double attendanceRate,
        int couplesSessionsHeld,
        int couplesSessionsAttendedJointly,
        int couplesSessionsAttendedSolo,
        Double jointAttendanceRatio,
        Pauses pauses,
        Makeups makeups,
        long underMinimumCount,
        long atRiskCount) {

    static ProgramWeek of(String week, ProgramFigures figures, long underMinimumCount, long atRiskCount) {
        Map<PauseReason, Integer> byReason = new EnumMap<>(PauseReason.class);
        figures.pausesStartedByReason().forEach(count -> byReason.put(count.reason(), count.count()));
        return new ProgramWeek(
                week, figures.sessionsHeld(), figures.expectedParticipantSessions(),
                figures.attendedParticipantSessions(),
                rate(figures.attendedParticipantSessions(), figures.expectedParticipantSessions()),
                figures.couplesSessionsHeld(), figures.couplesSessionsAttendedJointly(),
                figures.couplesSessionsAttendedSolo(),
                rate(figures.couplesSessionsAttendedJointly(),
                     figures.couplesSessionsAttendedJointly() + figures.couplesSessionsAttendedSolo()),
                new Pauses(figures.pausesStarted(), byReason, figures.pausesActive(), figures.minutesPaused()),
                new Makeups(figures.makeupsOffered(), figures.makeupsScheduled(), figures.makeupsAttended(),
                            figures.makeupsDeclined(), rate(figures.makeupsAttended(), figures.makeupsOffered())),
                underMinimumCount, atRiskCount);
    }

    private static Double rate(int part, int whole) {
        return whole == 0 ? null : Math.round(part * 10_000.0 / whole) / 10_000.0;
    }

    public record Pauses(int started, Map<PauseReason, Integer> startedByReason, int active, long minutesPaused) {
    }

    public record Makeups(int offered, int scheduled, int attended, int declined, Double completionRate) {
    }
}
