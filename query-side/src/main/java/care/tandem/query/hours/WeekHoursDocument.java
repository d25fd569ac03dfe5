package care.tandem.query.hours;

import care.tandem.query.readmodel.DocumentKey;
import care.tandem.query.readmodel.PlanDocument;
import org.bson.codecs.pojo.annotations.BsonId;

import java.util.List;

/**
 * One plan's share of one week's hours, keyed week/plan: each participant with a session that week, and their
 * minutes. A participant with no session that week has no entry; the enrolments still list them.
 */
public record WeekHoursDocument(
        @BsonId String id,
        long lastAppliedSequence,
        List<ParticipantMinutes> participants) implements PlanDocument<WeekHoursDocument> {

    static WeekHoursDocument of(DocumentKey key, List<ParticipantMinutes> participants) {
        return new WeekHoursDocument(key.value(), NOTHING_APPLIED, participants);
    }

    @Override
    public WeekHoursDocument withLastAppliedSequence(long sequence) {
        return new WeekHoursDocument(id, sequence, participants);
    }

    ParticipantMinutes of(String participantId) {
        return participants.stream().filter(minutes -> minutes.participantId().equals(participantId)).findFirst()
                .orElse(ParticipantMinutes.NONE);
    }
}
