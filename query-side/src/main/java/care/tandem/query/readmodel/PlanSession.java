package care.tandem.query.readmodel;

/** A session with the plan it belongs to: what a view across plans (a calendar feed) lists. */
public record PlanSession(String planId, ScheduledSession session) {
}
