package care.tandem.query.access;

import java.util.function.Predicate;

/** Which plans a list across plans may show the caller of the request being answered. */
@FunctionalInterface
public interface VisiblePlans {

    Predicate<String> toCaller();
}
