package care.tandem.events.plan;

/** Why consistent joint attendance is strongly encouraged. */
public enum JointParticipationReason {
    ACTIVE_CONFLICT,
    MAJOR_DECISION,
    BETRAYAL_OR_RELAPSE_PROCESSING,
    READY_FOR_DEEP_WORK
}
