package care.tandem.access.audit;

/** How a request that touched, or tried to touch, a person's record ended. */
public enum AccessOutcome {
    /** Answered within the caller's role and care relationship. */
    ALLOWED,
    /** Answered to a clinician outside the care team who stated a reason: flagged for compliance review. */
    BREAK_THE_GLASS,
    /** Refused: no valid token. */
    REFUSED_UNAUTHENTICATED,
    /** Refused: the role, scope or care relationship does not allow it. */
    REFUSED_FORBIDDEN,
    /** Answered with an error (4xx other than 401/403, or 5xx): nothing or not all was disclosed. */
    FAILED;

    static AccessOutcome of(int status, boolean brokeTheGlass) {
        if (status == 401) {
            return REFUSED_UNAUTHENTICATED;
        }
        if (status == 403) {
            return REFUSED_FORBIDDEN;
        }
        if (status >= 400) {
            return FAILED;
        }
        return brokeTheGlass ? BREAK_THE_GLASS : ALLOWED;
    }
}
