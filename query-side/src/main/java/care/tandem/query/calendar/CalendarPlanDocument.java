package care.tandem.query.calendar;

import care.tandem.query.readmodel.PlanDocument;
import care.tandem.query.readmodel.ScheduledSession;
import org.bson.codecs.pojo.annotations.BsonId;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Every session of one plan as the clinician calendar last saw it: the source of the plan's share of each clinician's
 * week, and where a session sat before an event moved or changed it.
 */
public record CalendarPlanDocument(@BsonId String id, long lastAppliedSequence, List<ScheduledSession> sessions)
        implements PlanDocument<CalendarPlanDocument> {

    static CalendarPlanDocument empty(String planId) {
        return new CalendarPlanDocument(planId, NOTHING_APPLIED, List.of());
    }

    @Override
    public CalendarPlanDocument withLastAppliedSequence(long sequence) {
        return new CalendarPlanDocument(id, sequence, sessions);
    }

    CalendarPlanDocument withSession(ScheduledSession session) {
        List<ScheduledSession> withSession = new ArrayList<>(sessions);
        withSession.add(session);
        return new CalendarPlanDocument(id, lastAppliedSequence, withSession);
    }

    CalendarPlanDocument withSessionChanged(String sessionId, UnaryOperator<ScheduledSession> change) {
        return new CalendarPlanDocument(id, lastAppliedSequence, sessions.stream()
                .map(session -> session.sessionId().equals(sessionId) ? change.apply(session) : session)
                .toList());
    }
}
