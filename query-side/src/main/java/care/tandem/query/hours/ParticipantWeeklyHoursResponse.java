package care.tandem.query.hours;

import care.tandem.query.readmodel.ParticipantWeek;

import java.util.List;

/** One participant's hours in each ISO week of the period in which they were enrolled in the plan, in order. */
public record ParticipantWeeklyHoursResponse(String planId, String participantId, List<ParticipantWeek> weeks) {
}
