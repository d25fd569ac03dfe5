package care.tandem.command.config;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One entry per command endpoint of the command API, keyed by HTTP method and path exactly as the OpenAPI
 * document names it ({@code "POST /api/treatment-plans/{planId}/joint-sessions"}): a summary, the example
 * request body (or none, for a command without one) and the plan rule a typical refusal names.
 * <p>
 * A new command endpoint needs an entry here: {@link OpenApiConfig} refuses to build the OpenAPI document while
 * any POST operation is missing, and so does the command side's OpenAPI test. The examples use the walkthrough's
 * couple (p-alex, p-sam) and clinician (c-rivera), never real people; dates are relative to today, so an example
 * posted as it stands is accepted by the live API where the plan allows it.
 */
public final class CommandApiExamples {

    /** A command endpoint's documentation. {@code body} is JSON, or null when the command takes no body. */
    record Endpoint(String key, String summary, String body, String conflictRule, String conflictDetail) {

        String method() {
            return key.substring(0, key.indexOf(' '));
        }

        String path() {
            return key.substring(key.indexOf(' ') + 1);
        }
    }

    private static final String PLANS = "/api/treatment-plans";
    private static final String PLAN = PLANS + "/{planId}";

    private static final List<Endpoint> ENDPOINTS = List.of(
            // --- the plan, its members, level of care, goals, discharge -----------------------------
            post(PLANS, "Open a treatment plan for a couple or a family", """
                    {
                      "planId": "plan-1",
                      "unitKind": "COUPLE",
                      "members": [
                        {"participantId": "p-alex", "displayName": "Alex", "role": "PARTNER"},
                        {"participantId": "p-sam", "displayName": "Sam", "role": "PARTNER"}
                      ],
                      "primaryClinicianId": "c-rivera",
                      "levelOfCare": "IOP_ADULT"
                    }""",
                    "plan-already-exists", "A treatment plan with this planId already exists"),
            post(PLAN + "/members", "Add a member to a family plan", """
                    {
                      "participantId": "p-jordan",
                      "displayName": "Jordan",
                      "role": "ADOLESCENT",
                      "minor": true,
                      "guardianIds": ["p-alex", "p-sam"]
                    }""",
                    "couple-has-two-partners",
                    "A couple's plan has exactly its two partners; open a family plan to treat more members"),
            post(PLAN + "/members/{participantId}/departure", "Record that a member left the plan", """
                    {"reason": "COMPLETED_PARTICIPATION"}""",
                    "unit-needs-two-members",
                    "A treatment unit keeps at least two members; discharge the plan instead"),
            post(PLAN + "/members/{participantId}/consents",
                    "Record a member's written consent to disclose their information (42 CFR 2.31)", """
                    {
                      "recipient": {"member": "p-alex"},
                      "information": ["ATTENDANCE", "SESSION_SUMMARIES"],
                      "purpose": "COUPLES_OR_FAMILY_THERAPY",
                      "expiresOn": "2030-12-31",
                      "endsAtDischarge": true,
                      "attestation": "SIGNED_IN_SESSION",
                      "signedBy": "p-sam"
                    }""",
                    "consent-signed-by-another", "an adult signs their own consent"),
            post(PLAN + "/members/{participantId}/consents/{consentId}/revocation",
                    "Record that the member revoked a consent: no disclosure under it from now on", null,
                    "consent-already-revoked", "Consent consent-sam-1 was already revoked"),
            post(PLAN + "/care-team", "Add a clinician to the plan's care team (primary clinician only)", """
                    {"clinicianId": "c-okafor", "reason": "COVERING_CLINICIAN"}""",
                    "already-on-care-team", "the clinician is already on the plan's care team"),
            post(PLAN + "/care-team/{clinicianId}/removal", "Remove a clinician from the plan's care team", """
                    {"reason": "COVERAGE_ENDED"}""",
                    "not-on-care-team", "the clinician is not on the plan's care team"),
            post(PLAN + "/level-of-care", "Change the plan's level of care", """
                    {"newLevel": "PHP", "reason": "CLINICAL_STEP_UP"}""",
                    "level-of-care-unchanged", "The plan is already at PHP"),
            post(PLAN + "/goals", "Set a recovery goal, shared by the unit or of one member", """
                    {
                      "goalId": "g-1",
                      "scope": "SHARED",
                      "description": "Hold a calm weekly check-in about recovery and the household"
                    }""",
                    "goal-already-set", "Goal g-1 is already set; revise it"),
            post(PLAN + "/goals/{goalId}/revisions", "Revise a recovery goal", """
                    {"description": "Hold a calm check-in twice a week, using the time-out signal when needed"}""",
                    "plan-closed", "Treatment plan plan-1 was discharged and is closed"),
            post(PLAN + "/discharge", "Discharge the plan with aftercare referrals (closes it for good)", """
                    {
                      "aftercareReferrals": [
                        {"kind": "COUPLES_THERAPY", "description": "Weekly outpatient couples therapy"},
                        {"kind": "SUPPORT_GROUP", "description": "Mutual-help meetings for both partners"}
                      ]
                    }""",
                    "plan-closed", "Treatment plan plan-1 was discharged and is closed"),

            // --- sessions ---------------------------------------------------------------------------
            post(PLAN + "/joint-sessions", "Schedule a joint couples session", """
                    {
                      "sessionId": "s-2",
                      "startsAt": "@JOINT_SESSION_STARTS_AT@",
                      "durationMinutes": 90,
                      "clinicianId": "c-rivera",
                      "expectedParticipantIds": ["p-alex", "p-sam"],
                      "locationMode": "SEPARATE_LOCATIONS"
                    }""",
                    "couples-therapy-paused",
                    "Couples therapy is paused: no joint session can be scheduled or moved until it is resumed"),
            post(PLAN + "/sessions", "Schedule a session of any kind (here: the makeup for a missed joint session)",
                    """
                    {
                      "sessionId": "s-3",
                      "kind": "INDIVIDUAL",
                      "startsAt": "@SESSION_STARTS_AT@",
                      "durationMinutes": 50,
                      "clinicianId": "c-rivera",
                      "participantIds": ["p-sam"],
                      "locationMode": "NOT_RECORDED",
                      "makeupFor": "s-1"
                    }""",
                    "double-booking", "participant p-sam is already booked in overlapping session s-4"),
            post(PLAN + "/sessions/{sessionId}/reschedule", "Move a session", """
                    {"startsAt": "@RESCHEDULED_TO@", "durationMinutes": 90}""",
                    "session-cancelled", "Session s-2 was cancelled"),
            post(PLAN + "/sessions/{sessionId}/cancel", "Cancel a session", """
                    {"reason": "CLINICIAN_UNAVAILABLE"}""",
                    "attendance-already-recorded", "Session s-1 already took place: attendance is recorded"),
            post(PLAN + "/joint-sessions/{sessionId}/attendance", "Record that every expected partner attended",
                    null,
                    "session-not-started",
                    "Session s-2 has not started yet: attendance is recorded once it has"),
            post(PLAN + "/joint-sessions/{sessionId}/solo-attendance",
                    "Record that one partner came alone, and why the other was absent", """
                    {
                      "attendingPartnerId": "p-alex",
                      "absentPartnerId": "p-sam",
                      "absenceReason": "SCHEDULING_CONFLICT",
                      "therapistJudgement": "ABSENCE_DOES_NOT_HINDER_PROGRESS",
                      "adjustedFocus": "COMMUNICATION_SKILLS"
                    }""",
                    "attendance-already-recorded", "Session s-1 already took place: attendance is recorded"),
            post(PLAN + "/sessions/{sessionId}/attendance", "Record each participant's attendance", """
                    {
                      "attendance": [
                        {"participantId": "p-alex", "status": "LATE", "minutesLate": 10},
                        {"participantId": "p-sam", "status": "ABSENT", "absenceReason": "EMOTIONAL_OVERWHELM"}
                      ]
                    }""",
                    "attendance-must-cover-participants",
                    "Attendance names exactly the participants the session expected"),
            post(PLAN + "/sessions/{sessionId}/attendance-corrections",
                    "Correct one participant's recorded attendance (the original stays on record)", """
                    {
                      "participantId": "p-alex",
                      "status": "ATTENDED",
                      "correctionReason": "Alex was on time; the video link failed on the clinician's side"
                    }""",
                    "no-attendance-to-correct", "No attendance of participant p-alex is recorded for session s-1"),
            post(PLAN + "/sessions/{sessionId}/partners-informed",
                    "Record that both partners were informed of a partner's absence", null,
                    "partners-already-informed", "Both partners were already informed about session s-1"),
            post(PLAN + "/sessions/{sessionId}/summary-offer",
                    "Record that the absent partner was offered a summary of the session", null,
                    "summary-already-offered", "A summary of session s-1 was already offered"),
            post(PLAN + "/sessions/{sessionId}/summary-shares",
                    "Share the session's summary with the partner who missed it, each part under the consent of "
                            + "the person it is about", """
                    {
                      "recipient": "p-sam",
                      "parts": [
                        {"about": "p-alex", "text": "Alex worked on naming early warning signs and wants to go over them with Sam."}
                      ]
                    }""",
                    "consent-required", "No consent in force of the person this information is about covers this "
                            + "recipient, information and purpose (42 CFR 2.31)"),
            post(PLAN + "/sessions/{sessionId}/makeup-offer",
                    "Record that the absent partner was offered a makeup session", null,
                    "makeup-already-offered", "A makeup session for s-1 was already offered"),
            post(PLAN + "/sessions/{sessionId}/makeup-declined",
                    "Record that the absent partner declined the makeup session", null,
                    "no-open-makeup-offer", "There is no open makeup offer for session s-1"),

            // --- couples therapy --------------------------------------------------------------------
            post(PLAN + "/couples-therapy/pause", "Pause couples therapy until a review date", """
                    {
                      "reason": "EMOTIONAL_SAFETY",
                      "reviewOn": "@REVIEW_ON@",
                      "jointSessionHandling": "CONVERT_TO_INDIVIDUAL"
                    }""",
                    "couples-therapy-paused",
                    "Couples therapy is paused: no joint session can be scheduled or moved until it is resumed"),
            post(PLAN + "/couples-therapy/resume", "Resume couples therapy with each partner's readiness", """
                    {
                      "readiness": [
                        {"participantId": "p-alex", "readiness": "READY"},
                        {"participantId": "p-sam", "readiness": "READY_WITH_RESERVATIONS"}
                      ]
                    }""",
                    "couples-therapy-not-paused", "Couples therapy is not paused, so it cannot be resumed"),
            post(PLAN + "/couples-therapy/discontinue", "Discontinue couples therapy (cancels joint sessions ahead)",
                    """
                    {"reason": "CLINICAL_DECISION"}""",
                    "couples-therapy-discontinued", "Couples therapy is already discontinued"),
            post(PLAN + "/joint-participation", "Set how strongly joint attendance is expected", """
                    {"expectation": "STRONGLY_ENCOURAGED", "reason": "MAJOR_DECISION"}""",
                    "no-couple-in-plan", "This plan has no two active partners"));

    private static final Map<String, Endpoint> BY_KEY = ENDPOINTS.stream()
            .collect(Collectors.toUnmodifiableMap(Endpoint::key, Function.identity()));

    private CommandApiExamples() {
    }

    /** Every documented operation, as {@code "POST /api/treatment-plans/{planId}/joint-sessions"}. */
    public static Set<String> operations() {
        return BY_KEY.keySet();
    }

    /** The operations that take a JSON body, each with its example. */
    public static Set<String> operationsWithBody() {
        return ENDPOINTS.stream().filter(endpoint -> endpoint.body() != null).map(Endpoint::key)
                .collect(Collectors.toUnmodifiableSet());
    }

    static Endpoint find(String key) {
        return BY_KEY.get(key);
    }

    static List<Endpoint> all() {
        return ENDPOINTS;
    }

    /**
     * The example body with its dates filled in relative to the clock: sessions next week (so scheduling them
     * is allowed), a review date four weeks ahead (a pause's review must lie after the day of the pause).
     */
    static String body(Endpoint endpoint, Clock clock) {
        Instant nextWeek = clock.instant().truncatedTo(ChronoUnit.DAYS).plus(7, ChronoUnit.DAYS);
        Map<String, String> dates = new LinkedHashMap<>();
        dates.put("@JOINT_SESSION_STARTS_AT@", nextWeek.plus(17, ChronoUnit.HOURS).toString());
        dates.put("@SESSION_STARTS_AT@", nextWeek.plus(2, ChronoUnit.DAYS).plus(16, ChronoUnit.HOURS).toString());
        dates.put("@RESCHEDULED_TO@", nextWeek.plus(3, ChronoUnit.DAYS).plus(17, ChronoUnit.HOURS).toString());
        dates.put("@REVIEW_ON@", LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusWeeks(4).toString());
        String body = endpoint.body();
        for (Map.Entry<String, String> date : dates.entrySet()) {
            body = body.replace(date.getKey(), date.getValue());
        }
        return body;
    }

    private static Endpoint post(String path, String summary, String body, String conflictRule,
                                 String conflictDetail) {
        return new Endpoint("POST " + path, summary, body, conflictRule, conflictDetail);
    }
}
