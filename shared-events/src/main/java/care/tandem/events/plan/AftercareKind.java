package care.tandem.events.plan;

/** Where care continues after discharge. */
public enum AftercareKind {
    OUTPATIENT_THERAPY,
    COUPLES_THERAPY,
    FAMILY_THERAPY,
    SUPPORT_GROUP,
    MEDICATION_MANAGEMENT,
    SOBER_LIVING,
    OTHER
}
