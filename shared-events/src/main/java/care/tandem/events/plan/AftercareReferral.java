package care.tandem.events.plan;

/** Where a member continues care after discharge; description is free text for the receiving provider. */
public record AftercareReferral(
        AftercareKind kind,
        String description) {
}
