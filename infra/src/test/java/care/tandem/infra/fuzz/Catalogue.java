package care.tandem.infra.fuzz;

import care.tandem.access.Role;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Random;

import static care.tandem.infra.fuzz.Endpoint.Service.COMMAND;
import static care.tandem.infra.fuzz.Endpoint.Service.QUERY;
import static care.tandem.infra.fuzz.Endpoint.command;
import static care.tandem.infra.fuzz.Endpoint.delete;
import static care.tandem.infra.fuzz.Endpoint.get;
import static care.tandem.infra.fuzz.Endpoint.post;
import static care.tandem.infra.fuzz.Endpoint.query;

/** Every POST and GET of both services, as the README lists them, with a valid body for each command. */
final class Catalogue {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Catalogue() {
    }

    static List<Endpoint> endpoints() {
        String plan = "/api/treatment-plans/{plan}";
        return List.of(
                command("/api/treatment-plans", Catalogue::openPlan),
                command(plan + "/members", (r, s) -> member(r, s, "p-new-" + r.nextInt(50))),
                command(plan + "/members/{participant}/departure", (r, s) -> object().put("reason",
                        pick(r, "COMPLETED_PARTICIPATION", "WITHDREW", "SEPARATION", "SAFETY", "OTHER"))),
                command(plan + "/level-of-care", (r, s) -> object().put("newLevel", pick(r, "IOP_ADULT", "PHP"))
                        .put("reason", pick(r, "CLINICAL_STEP_UP", "CLINICAL_STEP_DOWN", "OTHER"))),
                command(plan + "/joint-sessions", (r, s) -> {
                    ObjectNode body = object().put("sessionId", "s-fz-" + r.nextInt(1_000_000))
                            .put("startsAt", s.instant(r)).put("durationMinutes", 30 + r.nextInt(90))
                            .put("clinicianId", s.any(r, s.clinicians()));
                    body.putArray("expectedParticipantIds").add("p-alex").add("p-sam");
                    return body;
                }),
                command(plan + "/sessions", (r, s) -> {
                    ObjectNode body = object().put("sessionId", "s-fz-" + r.nextInt(1_000_000))
                            .put("kind", pick(r, "INDIVIDUAL", "COUPLES", "FAMILY", "PSYCHOEDUCATION"))
                            .put("startsAt", s.instant(r)).put("durationMinutes", 30 + r.nextInt(90))
                            .put("clinicianId", s.any(r, s.clinicians())).put("locationMode", "SAME_LOCATION");
                    body.putArray("participantIds").add(s.any(r, r.nextBoolean() ? s.partners() : s.familyMembers()));
                    return body;
                }),
                command(plan + "/sessions/{session}/reschedule", (r, s) -> object().put("startsAt", s.instant(r))
                        .put("durationMinutes", 30 + r.nextInt(90))),
                command(plan + "/sessions/{session}/cancel", (r, s) -> object().put("reason",
                        pick(r, "CLINICIAN_UNAVAILABLE", "CLIENT_REQUEST", "OTHER"))),
                command(plan + "/joint-sessions/{session}/attendance", null),
                command(plan + "/joint-sessions/{session}/solo-attendance", (r, s) -> object()
                        .put("attendingPartnerId", "p-alex").put("absentPartnerId", "p-sam")
                        .put("absenceReason", "SCHEDULING_CONFLICT")
                        .put("therapistJudgement", "ABSENCE_DOES_NOT_HINDER_PROGRESS")
                        .put("adjustedFocus", "COMMUNICATION_SKILLS")),
                command(plan + "/sessions/{session}/attendance", (r, s) -> {
                    ObjectNode body = object();
                    ArrayNode attendance = body.putArray("attendance");
                    for (String partner : s.partners()) {
                        attendance.add(entry(r, partner));
                    }
                    return body;
                }),
                command(plan + "/sessions/{session}/attendance-corrections", (r, s) ->
                        entry(r, s.any(r, s.partners())).put("correctionReason", "Joined by phone")),
                command(plan + "/sessions/{session}/partners-informed", null),
                command(plan + "/sessions/{session}/summary-offer", null),
                command(plan + "/sessions/{session}/makeup-offer", null),
                command(plan + "/sessions/{session}/makeup-declined", null),
                command(plan + "/couples-therapy/pause", (r, s) -> object()
                        .put("reason", pick(r, "EMOTIONAL_SAFETY", "ACTIVE_CONFLICT", "CLIENT_REQUEST"))
                        .put("reviewOn", s.reviewDate(r))
                        .put("jointSessionHandling", pick(r, "CANCEL", "CONVERT_TO_INDIVIDUAL"))),
                command(plan + "/couples-therapy/resume", (r, s) -> {
                    ObjectNode body = object();
                    ArrayNode readiness = body.putArray("readiness");
                    for (String partner : s.partners()) {
                        readiness.add(object().put("participantId", partner).put("readiness", "READY"));
                    }
                    return body;
                }),
                command(plan + "/couples-therapy/discontinue", (r, s) -> object().put("reason", "CLINICAL_DECISION")),
                command(plan + "/joint-participation", (r, s) -> r.nextBoolean()
                        ? object().put("expectation", "VOLUNTARY")
                        : object().put("expectation", "STRONGLY_ENCOURAGED").put("reason", "ACTIVE_CONFLICT")),
                command(plan + "/goals", (r, s) -> object().put("goalId", "g-fz-" + r.nextInt(1000))
                        .put("scope", "SHARED").put("description", "Practice one repair conversation a week")),
                command(plan + "/goals/{goal}/revisions", (r, s) -> object().put("description", "Two a week")),
                command(plan + "/discharge", (r, s) -> {
                    ObjectNode body = object();
                    body.putArray("aftercareReferrals").add(object().put("kind", "SUPPORT_GROUP")
                            .put("description", "Weekly family group"));
                    return body;
                }),
                command(plan + "/care-team", (r, s) -> object().put("clinicianId", pick(r, "c-kim", "c-rivera",
                        "c-fz-" + r.nextInt(20))).put("reason", pick(r, "CO_THERAPIST", "COVERING_CLINICIAN"))),
                command(plan + "/care-team/{clinician}/removal", (r, s) -> object().put("reason",
                        pick(r, "COVERAGE_ENDED", "ADDED_IN_ERROR"))),
                command(plan + "/members/{participant}/consents", Catalogue::consent),
                command(plan + "/members/{participant}/consents/{consent}/revocation", null),
                command(plan + "/sessions/{session}/summary-shares", (r, s) -> {
                    ObjectNode body = object().put("recipient", s.any(r, s.partners()));
                    body.putArray("parts").add(object().put("about", s.any(r, s.partners()))
                            .put("text", "Practised one repair conversation"));
                    return body;
                }),
                command("/api/participants/{participant}/shredding", (r, s) -> r.nextBoolean()
                        ? object().put("reason", "RETENTION_PERIOD_ENDED")
                        : object().put("reason", "ERASURE_REQUEST").put("overrideBasis", "Approved erasure request"))
                        .as(Role.COMPLIANCE),
                get(COMMAND, "/actuator/event-store{integrity}").as(Role.OPERATOR),
                post(COMMAND, "/actuator/event-store").as(Role.OPERATOR),
                query(plan + "/schedule{period}"),
                query(plan + "/participants/{participant}/schedule{period}"),
                query("/api/clinicians/{clinician}/schedule{period}"),
                query(plan + "/attendance-audit{page}"),
                query(plan + "/participants/{participant}/attendance-audit{page}"),
                query("/api/compliance/treatment-plans/{plan}/attendance-history{history}"),
                query(plan + "/absent-partner-summary"),
                query(plan + "/partners/{participant}/absent-partner-summary"),
                query("/api/weekly-hours{period}"),
                query(plan + "/participants/{participant}/weekly-hours{period}"),
                query("/api/treatment-plans{page}"),
                query(plan),
                query("/api/clinicians"),
                query("/api/absent-partner-follow-ups{page}"),
                query("/api/clinic"),
                query("/api/participants/{participant}/consents"),
                query("/api/participants/{participant}/disclosures"),
                query("/api/participants/{participant}/received-disclosures"),
                query("/api/participants/{participant}/plans"),
                query("/api/access-audit{page}"),
                query("/api/reports/program{period}"),
                query("/api/reports/clinicians{period}"),
                query(plan + "/fhir/CarePlan/{plan}/$everything"),
                query(plan + "/fhir/{fhirType}"),
                query(plan + "/fhir/{fhirType}/{fhirId}"),
                query("/api/fhir/$export{period}"),
                query("/api/compliance/fhir/AuditEvent{period}").as(Role.COMPLIANCE),
                query("/api/calendar-feed"),
                post(QUERY, "/api/calendar-feed"),
                delete(QUERY, "/api/calendar-feed"),
                delete(QUERY, "/api/calendar-feeds/clinicians/{clinician}").as(Role.OPERATOR),
                delete(QUERY, "/api/calendar-feeds/participants/{participant}").as(Role.COMPLIANCE),
                get(QUERY, "/calendar-feeds/{secret}.ics"),
                query("/api/operations/read-models").as(Role.OPERATOR),
                query("/api/operations/read-models/{readModel}").as(Role.OPERATOR),
                post(QUERY, "/api/operations/read-models/{readModel}/rebuild").as(Role.OPERATOR),
                query("/api/operations/read-models/{readModel}/dead-letters").as(Role.OPERATOR),
                post(QUERY, "/api/operations/read-models/{readModel}/dead-letters/retry").as(Role.OPERATOR),
                post(QUERY, "/api/operations/read-models/{readModel}/dead-letters/{plan}/retry").as(Role.OPERATOR),
                post(QUERY, "/api/operations/read-models/{readModel}/dead-letters/{plan}/evict").as(Role.OPERATOR),
                get(COMMAND, "/api/unknown/{plan}"),
                get(QUERY, "/api/unknown{page}"),
                get(COMMAND, "/error"),
                get(QUERY, "/error"),
                get(COMMAND, "/v3/api-docs"),
                get(QUERY, "/actuator/health"),
                get(QUERY, "/dashboard/{plan}"));
    }

    private static ObjectNode openPlan(Random random, FuzzState state) {
        ObjectNode body = object().put("planId", openedPlan(random))
                .put("primaryClinicianId", state.any(random, state.clinicians()));
        if (random.nextBoolean()) {
            ArrayNode partners = body.putArray("partners");
            partners.add(object().put("participantId", "p-alex").put("displayName", "Alex"));
            partners.add(object().put("participantId", "p-sam").put("displayName", "Sam"));
        } else {
            body.put("unitKind", "FAMILY").put("levelOfCare", "IOP_ADOLESCENT");
            ArrayNode members = body.putArray("members");
            members.add(member(random, state, "p-morgan").put("role", "PARENT"));
            ObjectNode minor = member(random, state, "p-kit").put("role", "ADOLESCENT").put("minor", true);
            minor.putArray("guardianIds").add("p-morgan");
            members.add(minor);
        }
        if (random.nextInt(3) == 0) {
            body.put("openedAt", state.start().minusSeconds(86_400L * random.nextInt(30)).toString());
        }
        return body;
    }

    private static ObjectNode consent(Random random, FuzzState state) {
        ObjectNode body = object().put("consentId", "cn-fz-" + random.nextInt(1000))
                .put("purpose", pick(random, "COUPLES_OR_FAMILY_THERAPY", "CARE_COORDINATION"))
                .put("attestation", pick(random, "SIGNED_IN_SESSION", "ELECTRONIC_SIGNATURE"))
                .put("signedBy", state.any(random, state.partners()));
        body.putObject("recipient").put("member", state.any(random, state.partners()));
        body.putArray("information").add(pick(random, "ATTENDANCE", "ABSENCE_REASONS", "SESSION_SUMMARIES"));
        return body;
    }

    /** A plan the fuzzer may open, and later end: a small range, so that some exist when they are ended. */
    static String openedPlan(Random random) {
        return "fz-plan-" + random.nextInt(300);
    }

    private static ObjectNode member(Random random, FuzzState state, String participantId) {
        return object().put("participantId", participantId).put("displayName", "Fuzzy " + random.nextInt(100))
                .put("role", pick(random, "PARENT", "OTHER_FAMILY"));
    }

    private static ObjectNode entry(Random random, String participantId) {
        ObjectNode entry = object().put("participantId", participantId);
        return switch (random.nextInt(5)) {
            case 0 -> entry.put("status", "LATE").put("minutesLate", 1 + random.nextInt(30));
            case 1 -> entry.put("status", "LEFT_EARLY").put("minutesLeftEarly", 1 + random.nextInt(30));
            case 2 -> entry.put("status", "ABSENT").put("absenceReason", "SCHEDULING_CONFLICT");
            case 3 -> entry.put("status", "NO_SHOW");
            default -> entry.put("status", "ATTENDED");
        };
    }

    static ObjectNode object() {
        return JSON.createObjectNode();
    }

    static String pick(Random random, String... values) {
        return values[random.nextInt(values.length)];
    }
}
