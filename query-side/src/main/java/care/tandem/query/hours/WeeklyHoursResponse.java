package care.tandem.query.hours;

import care.tandem.query.api.Page;
import care.tandem.query.readmodel.ParticipantWeek;

/**
 * The participants enrolled in one ISO week, by plan and participant (only those under their minimum when asked
 * with {@code underMinimum=true}, only those at risk with {@code atRisk=true}): {@code enrolledParticipants} counts
 * every participant enrolled that week, {@code underMinimumCount} those under their minimum in a week that has
 * ended, {@code atRiskCount} those at risk of it in a week still under way, whatever the filter and page.
 */
public record WeeklyHoursResponse(
        String week,
        long enrolledParticipants,
        long underMinimumCount,
        long atRiskCount,
        Page<ParticipantWeek> participants) {
}
