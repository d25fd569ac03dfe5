package care.tandem.command.plan;

/**
 * A well-formed command the plan's current state forbids: HTTP 409. {@code rule} is a stable, kebab-case
 * name clients can branch on; the message says what happened without naming any person.
 */
public class PlanRuleViolation extends RuntimeException {

    private final String rule;

    public PlanRuleViolation(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }

    /** The problem's title: what kind of rule refused the command. */
    public String title() {
        return "Treatment plan rule violated";
    }
}
