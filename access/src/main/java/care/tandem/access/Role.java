package care.tandem.access;

import java.util.Arrays;
import java.util.Optional;

/** What a person does at the clinic, as the identity provider's role claim names it. */
public enum Role {
    /** Treats the plans whose care team they are on. */
    CLINICIAN("clinician"),
    /** Reads audits, the compliance replay and the access audit; changes nothing. */
    COMPLIANCE("compliance"),
    /** Reads program reports: counts, never names or ids of people. */
    PROGRAM_LEAD("program-lead"),
    /** Runs the read models and watches metrics; sees no health data. */
    OPERATOR("operator"),
    /** A person in treatment, bound by a token claim to their participant id: their own record only. */
    PARTICIPANT("participant");

    private final String claimValue;

    Role(String claimValue) {
        this.claimValue = claimValue;
    }

    public String claimValue() {
        return claimValue;
    }

    /** The Spring Security authority of this role, as {@code hasRole} checks it. */
    public String authority() {
        return "ROLE_" + name();
    }

    public static Optional<Role> fromClaim(String value) {
        return Arrays.stream(values()).filter(role -> role.claimValue.equals(value)).findFirst();
    }
}
