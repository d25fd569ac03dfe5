package care.tandem.query.calendar;

import care.tandem.query.readmodel.PlanDocument;
import care.tandem.query.readmodel.ScheduledSession;
import org.bson.codecs.pojo.annotations.BsonId;

import java.util.List;

/**
 * One plan's sessions with one clinician that start in one ISO week of the clinic, keyed
 * {@code <clinicianId>/<week>/<planId>}: a clinician's weeks are one {@code _id} range read. It stays, empty, once its
 * last session moved away, to keep the sequence number that guards it.
 */
public record ClinicianWeekDocument(@BsonId String id, long lastAppliedSequence, List<ScheduledSession> sessions)
        implements PlanDocument<ClinicianWeekDocument> {

    static ClinicianWeekDocument empty(String key) {
        return new ClinicianWeekDocument(key, NOTHING_APPLIED, List.of());
    }

    @Override
    public ClinicianWeekDocument withLastAppliedSequence(long sequence) {
        return new ClinicianWeekDocument(id, sequence, sessions);
    }

    ClinicianWeekDocument withSessions(List<ScheduledSession> changedSessions) {
        return new ClinicianWeekDocument(id, lastAppliedSequence, changedSessions);
    }
}
