package care.tandem.query.hours;

/** One participant's minutes in one plan's sessions of one week. */
public record ParticipantMinutes(String participantId, int attendedMinutes, int scheduledMinutes) {

    static final ParticipantMinutes NONE = new ParticipantMinutes(null, 0, 0);

    ParticipantMinutes plus(ParticipantMinutes other) {
        return new ParticipantMinutes(participantId, attendedMinutes + other.attendedMinutes,
                                      scheduledMinutes + other.scheduledMinutes);
    }
}
