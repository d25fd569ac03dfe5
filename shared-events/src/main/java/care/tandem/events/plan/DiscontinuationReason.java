package care.tandem.events.plan;

/** Why couples therapy ended for good within the plan. */
public enum DiscontinuationReason {
    CLINICAL_DECISION,
    CLIENT_REQUEST,
    SAFETY_CONCERN,
    SEPARATION
}
