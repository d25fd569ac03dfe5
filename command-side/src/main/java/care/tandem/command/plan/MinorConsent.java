package care.tandem.command.plan;

/**
 * Who signs a minor's consent, as the clinic's state rules say (42 CFR 2.14 defers to state law): a guardian in the
 * plan, or the minor themself (a guardian may still sign for them).
 */
public enum MinorConsent {
    GUARDIAN_SIGNS,
    MINOR_MAY_SIGN
}
