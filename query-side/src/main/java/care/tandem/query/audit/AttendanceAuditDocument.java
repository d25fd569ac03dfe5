package care.tandem.query.audit;

import care.tandem.events.plan.AbsenceReason;
import care.tandem.events.plan.AdjustedFocus;
import care.tandem.events.plan.TherapistJudgement;
import care.tandem.query.readmodel.AttendanceFact;
import care.tandem.query.readmodel.AttendanceKind;
import care.tandem.query.readmodel.PlanDocument;
import org.bson.codecs.pojo.annotations.BsonId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every attendance fact of a plan, corrections included, in the order the plan recorded them; with everyone who ever
 * belonged to the plan ({@code members}, kept after they leave, since past facts name them) and each session's start
 * as it stands ({@code sessions}), which an entry copies when it is recorded.
 */
public record AttendanceAuditDocument(
        @BsonId String id,
        long lastAppliedSequence,
        List<String> members,
        List<SessionStart> sessions,
        List<Entry> entries) implements PlanDocument<AttendanceAuditDocument> {

    static AttendanceAuditDocument empty(String planId) {
        return new AttendanceAuditDocument(planId, NOTHING_APPLIED, List.of(), List.of(), List.of());
    }

    @Override
    public AttendanceAuditDocument withLastAppliedSequence(long sequence) {
        return new AttendanceAuditDocument(id, sequence, members, sessions, entries);
    }

    AttendanceAuditDocument withMembers(List<String> joining) {
        return new AttendanceAuditDocument(id, lastAppliedSequence, appended(members, joining), sessions, entries);
    }

    /** Scheduling and rescheduling alike: the session starts at the given instant from now on. */
    AttendanceAuditDocument withSessionStartingAt(String sessionId, Instant startsAt) {
        List<SessionStart> moved = new ArrayList<>(sessions.stream()
                                                           .filter(session -> !session.sessionId().equals(sessionId))
                                                           .toList());
        moved.add(new SessionStart(sessionId, startsAt));
        return new AttendanceAuditDocument(id, lastAppliedSequence, members, moved, entries);
    }

    AttendanceAuditDocument withEntry(Entry entry) {
        return new AttendanceAuditDocument(id, lastAppliedSequence, members, sessions, appended(entries, List.of(entry)));
    }

    public boolean hasEverHadMember(String participantId) {
        return members.contains(participantId);
    }

    /**
     * The session's start as it stands. The plan schedules a session before recording its attendance; should that
     * ever not hold, the fact is still kept, without a start, rather than stopping the projection.
     */
    Instant startOf(String sessionId) {
        return sessions.stream()
                .filter(session -> session.sessionId().equals(sessionId))
                .map(SessionStart::startsAt)
                .findFirst()
                .orElse(null);
    }

    /** The latest entry that recorded, or corrected, the participant's attendance of the session. */
    Optional<Entry> latestEntryAbout(String sessionId, String participantId) {
        for (int i = entries.size() - 1; i >= 0; i--) {
            Entry entry = entries.get(i);
            if (entry.sessionId().equals(sessionId) && entry.namesAttendanceOf(participantId)) {
                return Optional.of(entry);
            }
        }
        return Optional.empty();
    }

    private static <T> List<T> appended(List<T> list, List<T> more) {
        List<T> appended = new ArrayList<>(list);
        appended.addAll(more);
        return appended;
    }

    public record SessionStart(String sessionId, Instant startsAt) {
    }

    /**
     * One attendance fact, as recorded. Every entry lists the attendance it states for each participant it names
     * ({@code attendance}); {@code sessionStartsAt} is when the session started, as scheduled or rescheduled when the
     * fact was recorded. JOINT entries also name the attendees; SOLO entries the attending and absent partner, the
     * absence reason and, for OTHER, its detail, and the therapist's judgement and adjusted focus (null on facts
     * recorded before those existed); CORRECTION entries state the one corrected participant's attendance, the
     * reason, and the sequence number of the entry they correct ({@code correctsSequenceNumber}, the latest earlier
     * entry about that participant at that session, itself possibly a correction).
     */
    public record Entry(
            long sequenceNumber,
            String sessionId,
            Instant sessionStartsAt,
            AttendanceKind kind,
            List<String> attendees,
            String attendingPartner,
            String absentPartner,
            AbsenceReason absenceReason,
            String reasonDetail,
            TherapistJudgement therapistJudgement,
            AdjustedFocus adjustedFocus,
            List<AttendanceFact> attendance,
            String correctionReason,
            Long correctsSequenceNumber,
            Provenance provenance) {

        public boolean namesAttendanceOf(String participantId) {
            return attendance.stream().anyMatch(fact -> fact.participantId().equals(participantId));
        }

        /**
         * The entry as it concerns one participant it names: their own attendance only, and of a SOLO entry the
         * absence reason and its detail only for the absent partner, the adjusted focus (the work done with whoever
         * came) only for the attending one. The therapist's judgement of whether the absence hinders progress is a
         * clinician's note about the couple's therapy that turns on the absent partner's absence: neither partner's
         * own view shows it; the plan's audit, for the care team, does. One partner's information is not the
         * other's to see.
         */
        Entry about(String participantId) {
            boolean attended = participantId.equals(attendingPartner);
            boolean absent = participantId.equals(absentPartner);
            return new Entry(sequenceNumber, sessionId, sessionStartsAt, kind,
                             attendees == null ? null : attendees.stream().filter(participantId::equals).toList(),
                             attended ? attendingPartner : null, absent ? absentPartner : null,
                             absent ? absenceReason : null, absent ? reasonDetail : null,
                             null, attended ? adjustedFocus : null,
                             attendance.stream().filter(fact -> fact.participantId().equals(participantId)).toList(),
                             correctionReason, correctsSequenceNumber, provenance);
        }
    }

    /**
     * {@code recordedBy} and {@code recordedAt} come from the event (for a correction: who corrected it, and when),
     * {@code actor} and {@code correlationId} from its metadata, {@code eventTimestamp} from the message itself: when
     * the event store appended it.
     */
    public record Provenance(String recordedBy, Instant recordedAt, String actor, String correlationId,
                             Instant eventTimestamp) {
    }
}
