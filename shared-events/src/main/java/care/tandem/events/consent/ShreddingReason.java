package care.tandem.events.consent;

/** Why a person's personal text was shredded. */
public enum ShreddingReason {
    /** The record's retention period after its last entry is over. */
    RETENTION_PERIOD_ENDED,
    /** The person (or a lawful authority) asked for erasure, and the clinic granted it. */
    ERASURE_REQUEST
}
