package care.tandem.events.plan;

/** A partner's readiness to resume couples therapy, as the therapist assessed it. */
public enum Readiness {
    READY,
    READY_WITH_RESERVATIONS,
    NOT_READY
}
