package care.tandem.access.audit;

/**
 * Why a clinician outside a plan's care team reads it, stated in {@value #HEADER}. A code, not free text, so the
 * access audit never holds health information a person typed.
 */
public enum BreakTheGlassReason {
    MEDICAL_EMERGENCY,
    SAFETY_CONCERN,
    COVERING_FOR_CARE_TEAM,
    CARE_TEAM_UNREACHABLE;

    public static final String HEADER = "Tandem-Break-The-Glass";
}
