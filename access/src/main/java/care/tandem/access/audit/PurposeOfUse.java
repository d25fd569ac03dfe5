package care.tandem.access.audit;

import care.tandem.access.Caller;
import care.tandem.access.Role;

/**
 * Why a record is read, as the caller states it in {@value #HEADER} (HL7 PurposeOfUse, simplified). Without the
 * header the caller's role implies it: clinicians treat, compliance staff audit, everyone else operates.
 */
public enum PurposeOfUse {
    TREATMENT,
    EMERGENCY_TREATMENT,
    OPERATIONS,
    COMPLIANCE,
    PAYMENT;

    public static final String HEADER = "Tandem-Purpose-Of-Use";

    static PurposeOfUse defaultFor(Caller caller) {
        if (caller == null) {
            return OPERATIONS;
        }
        if (caller.has(Role.CLINICIAN)) {
            return TREATMENT;
        }
        return caller.has(Role.COMPLIANCE) ? COMPLIANCE : OPERATIONS;
    }
}
