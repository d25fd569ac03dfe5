package care.tandem.query.api;

import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One entry per operation of the query API, keyed by HTTP method and path exactly as the OpenAPI document names it
 * ({@code "GET /api/treatment-plans/{planId}/schedule"}): a summary, the example request's query string and the file
 * (under {@code openapi/examples/}) of the JSON it is answered with. The examples speak of the walkthrough's couple
 * (p-alex, p-sam) and clinician (c-rivera), never real people. A new operation needs an entry:
 * {@link QueryOpenApiConfig} refuses to build the document without one, and the query side's OpenAPI test checks that
 * every example has the fields of the live answer to the same request.
 */
public final class QueryApiExamples {

    record Endpoint(String key, String summary, String query, String answerFile) {

        String method() {
            return key.substring(0, key.indexOf(' '));
        }

        String path() {
            return key.substring(key.indexOf(' ') + 1);
        }

        String answer() {
            try (InputStream json = new ClassPathResource("openapi/examples/" + answerFile + ".json").getInputStream()) {
                return new String(json.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("No example answer " + answerFile + " for " + key, e);
            }
        }
    }

    private static final String PLAN = "/api/treatment-plans/{planId}";
    private static final String PARTICIPANT = PLAN + "/participants/{participantId}";
    private static final String READ_MODELS = "/api/operations/read-models";

    private static final List<Endpoint> ENDPOINTS = List.of(
            get("/api/treatment-plans", "Every plan: unit, primary clinician, level of care, pauses; no names",
                "?page=0&size=50", "treatment-plans"),
            get(PLAN, "One plan's unit, primary clinician, level of care, opening, discharge and pauses", "",
                "treatment-plan"),
            get(PLAN + "/schedule", "A plan's sessions, members, level of care and couples-therapy status",
                "?month=2026-03", "plan-schedule"),
            get(PARTICIPANT + "/schedule", "One participant's sessions, with their own attendance only",
                "?week=2026-W10", "participant-schedule"),
            get("/api/clinicians", "Every clinician with a calendar, by id", "", "clinicians"),
            get("/api/participants/{participantId}/consents",
                "A person's consents and what each was at an instant (in force, revoked, expired)",
                "?asOf=2026-03-05T12:00:00Z", "participant-consents"),
            get("/api/participants/{participantId}/plans", "The plans a person is a member of, by id", "",
                "participant-plans"),
            get("/api/participants/{participantId}/received-disclosures",
                "What was disclosed to a person about others, each under that person's consent, with its notice", "",
                "participant-received-disclosures"),
            get("/api/participants/{participantId}/disclosures",
                "The accounting of disclosures of a person's information (42 CFR 2.24), JSON or CSV", "",
                "participant-disclosures"),
            get("/api/clinicians/{clinicianId}/schedule", "A clinician's sessions across plans, day by day",
                "?week=2026-W10", "clinician-schedule"),
            get(PLAN + "/attendance-audit", "Every attendance fact of a plan in recorded order, with provenance",
                "?page=0&size=50", "plan-attendance-audit"),
            get(PARTICIPANT + "/attendance-audit", "The attendance facts naming one participant, narrowed to them", "",
                "participant-attendance-audit"),
            get("/api/compliance/treatment-plans/{planId}/attendance-history",
                "The attendance record as it stood at an instant, or as it happened by an instant (JSON or CSV)",
                "?asOf=2026-03-01T09:00:07Z", "attendance-history"),
            get(PLAN + "/absent-partner-summary", "Each partner's missed joint sessions and their follow-up", "",
                "absent-partner-summary"),
            get(PLAN + "/partners/{participantId}/absent-partner-summary", "One partner's absent-partner summary", "",
                "partner-absent-partner-summary"),
            get("/api/absent-partner-follow-ups",
                "Across the program, the partners with open absence follow-ups or active participation concerns",
                "?page=0&size=50", "absent-partner-follow-ups"),
            get("/api/clinic", "The clinic's time zone, and today and this ISO week there", "", "clinic"),
            get("/api/weekly-hours", "Everyone enrolled in a week, with attended hours against their minimum",
                "?week=2026-W10", "weekly-hours"),
            get(PARTICIPANT + "/weekly-hours", "One participant's attended hours per week", "?month=2026-03",
                "participant-weekly-hours"),
            get("/api/reports/program", "Program figures per week, without names or participant ids",
                "?month=2026-03", "program-report"),
            get("/api/reports/clinicians", "Program figures per clinician and week", "?week=2026-W10",
                "clinician-report"),
            get("/api/access-audit", "Compliance: who read or was refused a plan's or person's record, when, why and "
                + "with what outcome (JSON pages, or CSV with Accept: text/csv or format=csv)",
                "?planId=plan-1", "access-audit"),
            get(READ_MODELS, "Operators: each read model's position in the feed, and its latest rebuild", "",
                "read-models"),
            get(READ_MODELS + "/{readModel}", "Operators: one read model's status", "", "read-model"),
            post(READ_MODELS + "/{readModel}/rebuild",
                 "Operators: rebuild a read model from the first event while the API keeps answering",
                 "read-model-rebuild"),
            post(READ_MODELS + "/rebuild", "Operators: rebuild every read model", "read-models-rebuild"),
            get(READ_MODELS + "/{readModel}/dead-letters",
                "Operators: the events a read model could not apply, parked per plan with the plan's later events",
                "", "dead-letters"),
            post(READ_MODELS + "/{readModel}/dead-letters/retry",
                 "Operators: apply every parked plan's events again; a plan that fails again stays parked",
                 "dead-letters-retry"),
            post(READ_MODELS + "/{readModel}/dead-letters/{planId}/retry",
                 "Operators: apply one plan's parked events again (after a fix)", "dead-letters-plan-retry"),
            post(READ_MODELS + "/{readModel}/dead-letters/{planId}/evict",
                 "Operators: drop one plan's parked events for good; a rebuild later restores what they held",
                 "dead-letters-plan-evict"));

    private QueryApiExamples() {
    }

    static List<Endpoint> all() {
        return ENDPOINTS;
    }

    static Endpoint find(String key) {
        return ENDPOINTS.stream().filter(endpoint -> endpoint.key().equals(key)).findFirst().orElse(null);
    }

    private static Endpoint get(String path, String summary, String query, String answerFile) {
        return new Endpoint("GET " + path, summary, query, answerFile);
    }

    private static Endpoint post(String path, String summary, String answerFile) {
        return new Endpoint("POST " + path, summary, "", answerFile);
    }
}
