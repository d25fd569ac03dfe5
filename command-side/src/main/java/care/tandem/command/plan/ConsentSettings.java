package care.tandem.command.plan;

/**
 * The clinic's consent rules, injected into the plan's consent handlers: who signs a minor's consent, and the notice
 * against redisclosure (42 CFR 2.32) every disclosed item carries.
 */
public record ConsentSettings(MinorConsent minors, String redisclosureNotice) {

    public ConsentSettings {
        if (minors == null || redisclosureNotice == null || redisclosureNotice.isBlank()) {
            throw new IllegalArgumentException("consent settings need the minors' rule and a redisclosure notice");
        }
    }
}
