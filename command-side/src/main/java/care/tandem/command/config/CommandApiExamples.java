package care.tandem.command.config;

import care.tandem.edge.openapi.ApiDocumentation;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.TreeSet;

/**
 * The command API's examples, one per command endpoint, in {@code openapi/command-api.json}: the example body (none
 * for a command without one) and the plan rule a typical refusal names. A new command endpoint needs an entry: the
 * document is not built without one. The examples use the walkthrough's couple (p-alex, p-sam) and clinician
 * (c-rivera), never real people; dates are relative to today, so an example posted as it stands is accepted by the
 * live API where the plan allows it.
 */
public final class CommandApiExamples {

    static final String RESOURCE = "openapi/command-api.json";

    private static final JsonNode OPERATIONS = ApiDocumentation.operations(RESOURCE);

    private CommandApiExamples() {
    }

    /** Every documented operation, as {@code "POST /api/treatment-plans/{planId}/joint-sessions"}. */
    public static Set<String> operations() {
        Set<String> operations = new TreeSet<>();
        OPERATIONS.fieldNames().forEachRemaining(operations::add);
        return operations;
    }

    /** The operations that take a JSON body, each with its example. */
    public static Set<String> operationsWithBody() {
        Set<String> operations = operations();
        operations.removeIf(key -> !OPERATIONS.path(key).has("example"));
        return operations;
    }

    /**
     * The examples with their dates filled in relative to the clock: sessions next week (so scheduling them is
     * allowed), a review date four weeks ahead (a pause's review must lie after the day of the pause).
     */
    static String withDates(String examples, Clock clock) {
        Instant nextWeek = clock.instant().truncatedTo(ChronoUnit.DAYS).plus(7, ChronoUnit.DAYS);
        return examples
                .replace("@JOINT_SESSION_STARTS_AT@", nextWeek.plus(17, ChronoUnit.HOURS).toString())
                .replace("@SESSION_STARTS_AT@", nextWeek.plus(2, ChronoUnit.DAYS).plus(16, ChronoUnit.HOURS).toString())
                .replace("@RESCHEDULED_TO@", nextWeek.plus(3, ChronoUnit.DAYS).plus(17, ChronoUnit.HOURS).toString())
                .replace("@REVIEW_ON@", LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusWeeks(4).toString());
    }
}
