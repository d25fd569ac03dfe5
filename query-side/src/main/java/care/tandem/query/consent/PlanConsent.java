package care.tandem.query.consent;

/** A consent a person gave within a plan, with what it is at the moment asked about. */
public record PlanConsent(String person, ConsentEntry consent, ConsentState state) {
}
