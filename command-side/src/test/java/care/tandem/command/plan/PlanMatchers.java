package care.tandem.command.plan;

import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeDiagnosingMatcher;

/** Hamcrest matchers on what the plan throws, for {@code expectException(Matcher)}. */
public final class PlanMatchers {

    private PlanMatchers() {
    }

    /** A {@link PlanRuleViolation} naming the given rule. */
    public static Matcher<Throwable> violates(String rule) {
        return new TypeSafeDiagnosingMatcher<>() {
            @Override
            protected boolean matchesSafely(Throwable thrown, Description mismatch) {
                if (!(thrown instanceof PlanRuleViolation violation)) {
                    mismatch.appendText("was ").appendValue(thrown);
                    return false;
                }
                if (!rule.equals(violation.rule())) {
                    mismatch.appendText("rule was ").appendValue(violation.rule())
                            .appendText(" (").appendText(violation.getMessage()).appendText(")");
                    return false;
                }
                return true;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a PlanRuleViolation of rule ").appendValue(rule);
            }
        };
    }

    /** An {@link InvalidCommandException} naming the given field. */
    public static Matcher<Throwable> invalidField(String field) {
        return new TypeSafeDiagnosingMatcher<>() {
            @Override
            protected boolean matchesSafely(Throwable thrown, Description mismatch) {
                if (!(thrown instanceof InvalidCommandException invalid)) {
                    mismatch.appendText("was ").appendValue(thrown);
                    return false;
                }
                if (!field.equals(invalid.field())) {
                    mismatch.appendText("field was ").appendValue(invalid.field());
                    return false;
                }
                return true;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("an InvalidCommandException naming field ").appendValue(field);
            }
        };
    }
}
