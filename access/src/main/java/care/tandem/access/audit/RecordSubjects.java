package care.tandem.access.audit;

import java.util.Set;

/** The persons a plan's record is about, so a read of the plan can be found by any of them in the access audit. */
@FunctionalInterface
public interface RecordSubjects {

    Set<String> personsOf(String planId);
}
