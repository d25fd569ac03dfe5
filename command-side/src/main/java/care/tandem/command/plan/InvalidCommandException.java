package care.tandem.command.plan;

/** A command that is malformed on its own, whatever the plan's state: HTTP 400 naming the field. */
public class InvalidCommandException extends RuntimeException {

    private final String field;
    private final String rule;

    public InvalidCommandException(String field, String rule) {
        super(field + ": " + rule);
        this.field = field;
        this.rule = rule;
    }

    public String field() {
        return field;
    }

    public String rule() {
        return rule;
    }
}
