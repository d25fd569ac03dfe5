package care.tandem.events.plan;

/** How strongly the therapist expects both partners at joint sessions. */
public enum JointParticipation {
    VOLUNTARY,
    STRONGLY_ENCOURAGED
}
