package care.tandem.events.consent;

/** Why information is disclosed (42 CFR 2.31(a)(5)); a disclosure's purpose must be the consent's. */
public enum DisclosurePurpose {
    /** Keeping a partner or family member involved in the couples or family therapy they share. */
    COUPLES_OR_FAMILY_THERAPY,
    /** Coordinating care with an outside provider or program. */
    CARE_COORDINATION,
    /** At the person's own request. */
    PERSON_REQUEST
}
