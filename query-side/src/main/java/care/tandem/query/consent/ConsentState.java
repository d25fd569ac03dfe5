package care.tandem.query.consent;

/**
 * A consent at an instant. A consent that ends at discharge is IN_FORCE here until revoked or dated out: once its plan
 * is discharged, the plan takes no command, so nothing more is disclosed under it.
 */
public enum ConsentState {
    NOT_YET_GIVEN,
    IN_FORCE,
    REVOKED,
    EXPIRED
}
