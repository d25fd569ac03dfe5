package care.tandem.query.consent;

/** A consent at an instant; EXPIRED past its end date or, for a consent until discharge, its plan's discharge. */
public enum ConsentState {
    NOT_YET_GIVEN,
    IN_FORCE,
    REVOKED,
    EXPIRED
}
