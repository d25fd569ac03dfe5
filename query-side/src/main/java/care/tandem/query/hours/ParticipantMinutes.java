package care.tandem.query.hours;

/**
 * One participant's minutes in one plan's sessions of one week: attended as attendance stands, scheduled in every
 * session not cancelled, and pending in those of them not held yet (absent from documents written before it was kept:
 * read as 0 until the read model is rebuilt).
 */
public record ParticipantMinutes(String participantId, int attendedMinutes, int scheduledMinutes,
                                 Integer pendingMinutes) {

    static final ParticipantMinutes NONE = new ParticipantMinutes(null, 0, 0, 0);

    ParticipantMinutes plus(ParticipantMinutes other) {
        return new ParticipantMinutes(participantId, attendedMinutes + other.attendedMinutes,
                                      scheduledMinutes + other.scheduledMinutes, pending() + other.pending());
    }

    int pending() {
        return pendingMinutes == null ? 0 : pendingMinutes;
    }
}
