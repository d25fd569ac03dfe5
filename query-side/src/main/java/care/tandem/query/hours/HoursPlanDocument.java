package care.tandem.query.hours;

import care.tandem.query.config.ClinicTime;
import care.tandem.query.readmodel.DocumentKey;
import care.tandem.query.readmodel.PlanDocument;
import care.tandem.query.readmodel.TrackedSession;
import org.bson.codecs.pojo.annotations.BsonId;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/** A plan's sessions, from which its share of each week's hours is computed. */
public record HoursPlanDocument(
        @BsonId String id,
        long lastAppliedSequence,
        List<TrackedSession> sessions) implements PlanDocument<HoursPlanDocument> {

    static HoursPlanDocument empty(String planId) {
        return new HoursPlanDocument(planId, NOTHING_APPLIED, List.of());
    }

    @Override
    public HoursPlanDocument withLastAppliedSequence(long sequence) {
        return new HoursPlanDocument(id, sequence, sessions);
    }

    HoursPlanDocument withSession(TrackedSession session) {
        List<TrackedSession> withSession = new ArrayList<>(sessions);
        withSession.add(session);
        return new HoursPlanDocument(id, lastAppliedSequence, withSession);
    }

    /** Changes nothing for a session the plan never scheduled: without a start it belongs to no week. */
    HoursPlanDocument withSessionChanged(String sessionId, UnaryOperator<TrackedSession> change) {
        return new HoursPlanDocument(id, lastAppliedSequence, TrackedSession.changed(sessions, sessionId, change));
    }

    /**
     * Per week (keyed week/plan), each participant's minutes in the sessions starting that week: scheduled counts every
     * session not cancelled, pending those of them not held yet, attended what the standing attendance says they were
     * there for.
     */
    Map<DocumentKey, List<ParticipantMinutes>> weekShares(ClinicTime clinicTime) {
        Map<DocumentKey, Map<String, ParticipantMinutes>> byWeek = new TreeMap<>(Comparator.comparing(DocumentKey::value));
        for (TrackedSession session : sessions) {
            if (session.cancelled()) {
                continue;
            }
            Map<String, ParticipantMinutes> week = byWeek.computeIfAbsent(
                    DocumentKey.of(clinicTime.weekOf(session.startsAt()), id), key -> new TreeMap<>());
            for (String participant : session.participants()) {
                week.merge(participant,
                           new ParticipantMinutes(participant, session.attendedMinutesOf(participant),
                                                  session.durationMinutes(),
                                                  session.held() ? 0 : session.durationMinutes()),
                           ParticipantMinutes::plus);
            }
        }
        Map<DocumentKey, List<ParticipantMinutes>> shares = new TreeMap<>(Comparator.comparing(DocumentKey::value));
        byWeek.forEach((key, participants) -> shares.put(key, List.copyOf(participants.values())));
        return shares;
    }
}
