package care.tandem.command.consent;

import care.tandem.command.plan.PlanRuleViolation;

/**
 * No consent of the person in force covers the disclosure (recipient, information, purpose): 409
 * {@code consent-required}, and nothing is appended. Says nothing of the person's consents beyond that.
 */
public class ConsentRequiredException extends PlanRuleViolation {

    public static final String TITLE = "Consent required";

    public ConsentRequiredException() {
        super("consent-required", "No consent in force of the person this information is about covers this "
                + "recipient, information and purpose (42 CFR 2.31)");
    }

    @Override
    public String title() {
        return TITLE;
    }
}
