package care.tandem.infra.demo;

import care.tandem.infra.demo.ScriptLedger.PlanCommand;
import care.tandem.infra.demo.ScriptLedger.Session;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The demo script of the full-size program, checked through {@link ScriptLedger}: what the issue asks the
 * program to show is there, and nothing in it would be refused for double booking.
 */
class DemoScriptTest {

    /** US Central time crosses into daylight saving time within these weeks: sessions keep their wall-clock times. */
    private static final ZoneId CLINIC = ZoneId.of("America/Chicago");
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2026, 1, 5);
    /** Wednesday noon of the program's last week: part of the current week lies ahead. */
    private static final Instant SEEDED_AT = FIRST_MONDAY.plusWeeks(11).plusDays(2).atTime(12, 0)
            .atZone(CLINIC).toInstant();
    private static final Map<String, Integer> WEEKLY_MINIMUM_HOURS = Map.of("IOP_ADULT", 9, "IOP_ADOLESCENT", 6,
            "PHP", 20);

    private final DemoProgram program = new DemoProgram(42, FIRST_MONDAY, SEEDED_AT, CLINIC, DemoSize.FULL);
    private final DemoScript script = DemoScript.of(program);
    private final ScriptLedger ledger = ScriptLedger.of(script.steps());

    @Test
    void theSameProgramGivesTheSameScriptByteForByte() {
        assertThat(DemoScript.of(new DemoProgram(42, FIRST_MONDAY, SEEDED_AT, CLINIC, DemoSize.FULL)).steps())
                .isEqualTo(script.steps());
        assertThat(DemoScript.of(new DemoProgram(43, FIRST_MONDAY, SEEDED_AT, CLINIC, DemoSize.FULL)).steps())
                .isNotEqualTo(script.steps());
    }

    @Test
    void everyStepCarriesAClinicianAndAnIdempotencyKeyFromTheSeedAndItsNumber() {
        for (DemoStep step : script.steps()) {
            assertThat(step.idempotencyKey()).isEqualTo("demo-42-" + step.number());
            assertThat(step.clinicianId()).matches("c-demo-\\d\\d");
            assertThat(step.method()).isEqualTo("POST");
            assertThat(step.path()).startsWith("/api/treatment-plans");
            assertThat(step.expectedStatus()).isIn(200, 201);
        }
        assertThat(script.steps()).extracting(DemoStep::number)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, script.steps().size()).boxed()
                        .toList());
    }

    @Test
    void fortyCouplesAndTenFamiliesAreTreatedByEightToTenClinicians() {
        Map<String, List<JsonNode>> byUnit = ledger.openedPlans.values().stream()
                .collect(Collectors.groupingBy(plan -> plan.path("unitKind").asText()));
        assertThat(byUnit.get("COUPLE")).hasSize(40);
        assertThat(byUnit.get("FAMILY")).hasSize(10);
        assertThat(ledger.openedPlans.values()).extracting(plan -> plan.path("levelOfCare").asText())
                .contains("IOP_ADULT", "IOP_ADOLESCENT")
                .filteredOn("PHP"::equals).hasSize(1);
        for (JsonNode family : byUnit.get("FAMILY")) {
            if (family.path("levelOfCare").asText().equals("IOP_ADOLESCENT")) {
                assertThat(family.path("members").findValues("minor")).extracting(JsonNode::asBoolean).contains(true);
                family.path("members").forEach(member -> assertThat(member.path("guardianIds").size() > 0)
                        .isEqualTo(member.path("minor").asBoolean()));
            }
        }
        Set<String> clinicians = ledger.liveSessions().stream().map(Session::clinician).collect(Collectors.toSet());
        assertThat(clinicians).hasSizeBetween(8, 10);
    }

    @Test
    void plansAttendThreeToFiveDaysAWeekInEveryKindOfSession() {
        Map<String, Set<LocalDate>> daysByPlanAndWeek = new HashMap<>();
        for (Session session : ledger.liveSessions()) {
            if (session.makeupFor() == null) {
                LocalDate day = session.start().atZone(CLINIC).toLocalDate();
                daysByPlanAndWeek.computeIfAbsent(session.planId() + "|" + monday(day), any -> new HashSet<>()).add(day);
            }
        }
        assertThat(daysByPlanAndWeek.values()).allSatisfy(days -> assertThat(days).hasSizeBetween(3, 5));
        assertThat(ledger.liveSessions()).extracting(Session::kind).contains("COUPLES", "INDIVIDUAL", "FAMILY",
                "MULTI_FAMILY_GROUP", "PSYCHOEDUCATION", "JOINT_RECOVERY_PLANNING", "DISCHARGE_PLANNING");

        Map<String, List<Session>> groups = ledger.liveSessions().stream()
                .filter(session -> session.kind().equals("MULTI_FAMILY_GROUP"))
                .collect(Collectors.groupingBy(Session::sessionId));
        assertThat(groups.values()).anySatisfy(plans -> assertThat(plans).hasSizeGreaterThan(1));
        assertThat(groups.values()).allSatisfy(plans -> assertThat(plans).extracting(Session::start, Session::minutes,
                Session::clinician).containsOnly(tuple(plans.get(0).start(),
                plans.get(0).minutes(), plans.get(0).clinician())));
    }

    @Test
    void noParticipantAndNoClinicianIsBookedTwiceAtOnce() {
        Map<String, List<Session>> byPerson = new HashMap<>();
        Set<String> bookedSessions = new HashSet<>();
        for (Session session : ledger.liveSessions()) {
            session.participants().forEach(participant ->
                    byPerson.computeIfAbsent(participant, any -> new ArrayList<>()).add(session));
            // A multi-family group is one session for its clinician, however many plans it is scheduled in.
            if (bookedSessions.add(session.sessionId())) {
                byPerson.computeIfAbsent(session.clinician(), any -> new ArrayList<>()).add(session);
            }
        }
        byPerson.forEach((person, booked) -> {
            List<Session> inOrder = booked.stream().sorted(Comparator.comparing(Session::start)).toList();
            for (int i = 1; i < inOrder.size(); i++) {
                assertThat(inOrder.get(i).start()).as("%s in %s and %s", person, inOrder.get(i - 1).sessionId(),
                        inOrder.get(i).sessionId()).isAfterOrEqualTo(inOrder.get(i - 1).end());
            }
        });
    }

    @Test
    void sessionsThatEndedHaveAttendanceAndSessionsAheadStayScheduled() {
        List<Session> ended = ledger.liveSessions().stream().filter(session -> !session.end().isAfter(SEEDED_AT))
                .toList();
        List<Session> ahead = ledger.liveSessions().stream().filter(session -> session.start().isAfter(SEEDED_AT))
                .toList();
        assertThat(ended).allSatisfy(session -> assertThat(ledger.hasAttendance(session)).isTrue());
        assertThat(ahead).isNotEmpty().noneSatisfy(session -> assertThat(ledger.hasAttendance(session)).isTrue());
        assertThat(ahead).allSatisfy(session -> assertThat(monday(session.start().atZone(CLINIC).toLocalDate()))
                .isAfterOrEqualTo(program.lastMonday()));
    }

    @Test
    void soloAttendanceUsesEveryAbsenceReasonAndPerParticipantAttendanceEveryStatus() {
        assertThat(ledger.soloAttendances).extracting(solo -> solo.path("absenceReason").asText())
                .contains("SCHEDULING_CONFLICT", "EMOTIONAL_OVERWHELM", "EARLY_RECOVERY_STABILIZATION",
                        "TEMPORARY_CONFLICT_OR_SEPARATION", "OTHER");
        assertThat(ledger.soloAttendances).filteredOn(solo -> solo.path("absenceReason").asText().equals("OTHER"))
                .allSatisfy(solo -> assertThat(solo.path("reasonDetail").asText()).isNotBlank());
        assertThat(script.steps()).filteredOn(step -> step.path().endsWith("/attendance") && step.body() != null)
                .extracting(DemoStep::body)
                .anySatisfy(body -> assertThat(body).contains("\"LATE\""))
                .anySatisfy(body -> assertThat(body).contains("\"LEFT_EARLY\""))
                .anySatisfy(body -> assertThat(body).contains("\"ABSENT\""))
                .anySatisfy(body -> assertThat(body).contains("\"NO_SHOW\""));
    }

    @Test
    void missedJointSessionsAreFollowedUpWithMakeupsAttendedAndOneDeclined() {
        assertThat(ledger.commands("partners-informed")).hasSameSizeAs(ledger.soloAttendances);
        assertThat(ledger.commands("summary-offer")).isNotEmpty();
        assertThat(ledger.commands("makeup-offer")).isNotEmpty();
        assertThat(ledger.commands("makeup-declined")).isNotEmpty();
        List<Session> makeups = ledger.liveSessions().stream().filter(session -> session.makeupFor() != null).toList();
        assertThat(makeups).isNotEmpty().allSatisfy(makeup -> {
            Session missed = ledger.sessions.get(makeup.planId() + "|" + makeup.makeupFor());
            assertThat(missed.kind()).isEqualTo("COUPLES");
            assertThat(makeup.start()).isAfter(missed.end());
            assertThat(missed.participants()).contains(makeup.participants().get(0));
            assertThat(ledger.attendedMinutes(missed, makeup.participants().get(0))).isZero();
        });
        assertThat(makeups).anySatisfy(makeup ->
                assertThat(ledger.attendedMinutes(makeup, makeup.participants().get(0))).isPositive());
    }

    @Test
    void twoPausesForEmotionalSafetyOneResumedLaterOneStillInForce() {
        List<PlanCommand> pauses = ledger.commands("couples-therapy/pause");
        assertThat(pauses).hasSize(2).allSatisfy(pause ->
                assertThat(pause.body().path("reason").asText()).isEqualTo("EMOTIONAL_SAFETY"));
        List<PlanCommand> resumes = ledger.commands("couples-therapy/resume");
        assertThat(resumes).hasSize(1);
        PlanCommand resumed = pauses.stream().filter(pause -> pause.planId().equals(resumes.get(0).planId()))
                .findFirst().orElseThrow();
        assertThat(resumes.get(0).step()).isGreaterThan(resumed.step());
        // No joint session lies in the weeks between the pause and the resumption.
        List<Session> jointsWhilePaused = ledger.liveSessions().stream()
                .filter(session -> session.planId().equals(resumed.planId()) && session.kind().equals("COUPLES"))
                .filter(session -> stepOf(session) > resumed.step() && stepOf(session) < resumes.get(0).step())
                .toList();
        assertThat(jointsWhilePaused).isEmpty();
    }

    @Test
    void aStronglyEncouragedExpectationIsFollowedByASoloAttendance() {
        PlanCommand expectation = ledger.commands("joint-participation").get(0);
        assertThat(expectation.body().path("expectation").asText()).isEqualTo("STRONGLY_ENCOURAGED");
        assertThat(script.steps()).filteredOn(step -> step.planId().equals(expectation.planId())
                        && step.number() > expectation.step() && step.path().endsWith("/solo-attendance"))
                .isNotEmpty();
    }

    @Test
    void theScheduleChangesACorrectionAndADischargeArePresent() {
        assertThat(script.steps()).filteredOn(step -> step.path().endsWith("/reschedule")).hasSize(1);
        assertThat(ledger.commands("cancel")).extracting(cancel -> cancel.body().path("reason").asText())
                .contains("CLINICIAN_UNAVAILABLE", "CLIENT_REQUEST");
        assertThat(ledger.commands("attendance-corrections")).isNotEmpty()
                .allSatisfy(correction -> assertThat(correction.body().path("correctionReason").asText()).isNotBlank());
        PlanCommand discharge = ledger.commands("discharge").get(0);
        assertThat(discharge.body().path("aftercareReferrals")).isNotEmpty();
        assertThat(script.steps()).filteredOn(step -> step.planId().equals(discharge.planId()))
                .last().extracting(DemoStep::number).isEqualTo(discharge.step());
    }

    @Test
    void aParticipantIsClearlyUnderTheWeeklyMinimumInAPastWeekAndTheCurrentWeek() {
        Map<String, Integer> minimumByParticipant = new HashMap<>();
        ledger.openedPlans.values().forEach(plan -> plan.path("members").forEach(member -> minimumByParticipant.put(
                member.path("participantId").asText(), WEEKLY_MINIMUM_HOURS.get(plan.path("levelOfCare").asText()))));
        Map<String, Map<LocalDate, Integer>> attended = minutesByParticipantAndWeek(true);
        Map<String, Map<LocalDate, Integer>> scheduled = minutesByParticipantAndWeek(false);
        LocalDate currentWeek = program.lastMonday();
        LocalDate lastWeek = currentWeek.minusWeeks(1);

        Set<String> clearlyUnder = minimumByParticipant.keySet().stream()
                .filter(participant -> {
                    int minimum = 60 * minimumByParticipant.get(participant);
                    return attended.getOrDefault(participant, Map.of()).getOrDefault(lastWeek, 0) < minimum / 2
                            && scheduled.getOrDefault(participant, Map.of()).getOrDefault(currentWeek, 0) < minimum / 2
                            // still in the program: a discharged plan's members have no hours either
                            && attended.getOrDefault(participant, Map.of()).getOrDefault(lastWeek.minusWeeks(2), 0) > 0;
                })
                .collect(Collectors.toSet());
        assertThat(clearlyUnder).isNotEmpty();

        // ... and the dashboard is not flooded: most participants meet their minimum in most past weeks.
        int weeks = 0;
        int met = 0;
        for (var participant : attended.entrySet()) {
            for (var week : participant.getValue().entrySet()) {
                if (week.getKey().isBefore(currentWeek)) {
                    weeks++;
                    met += week.getValue() >= 60 * minimumByParticipant.get(participant.getKey()) ? 1 : 0;
                }
            }
        }
        assertThat((double) met / weeks).isGreaterThan(0.75);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 7, 2024, 987_654_321})
    void otherSeedsGiveScriptsWithoutDoubleBookingsToo(long seed) {
        // The generator refuses to write a double booking; other seeds and a small size must still fit.
        assertThat(DemoScript.of(new DemoProgram(seed, FIRST_MONDAY, SEEDED_AT, CLINIC, DemoSize.FULL)).steps())
                .isNotEmpty();
        assertThat(DemoScript.of(new DemoProgram(seed, FIRST_MONDAY.plusWeeks(9), SEEDED_AT, ZoneId.of("UTC"),
                new DemoSize(6, 1, 3))).steps()).isNotEmpty();
    }

    private Map<String, Map<LocalDate, Integer>> minutesByParticipantAndWeek(boolean attended) {
        Map<String, Map<LocalDate, Integer>> minutes = new HashMap<>();
        for (Session session : ledger.liveSessions()) {
            LocalDate week = monday(session.start().atZone(CLINIC).toLocalDate());
            for (String participant : session.participants()) {
                Integer sessionMinutes = attended ? ledger.attendedMinutes(session, participant)
                        : Integer.valueOf(session.minutes());
                if (sessionMinutes != null) {
                    minutes.computeIfAbsent(participant, any -> new TreeMap<>()).merge(week, sessionMinutes,
                            Integer::sum);
                }
            }
        }
        return minutes;
    }

    private int stepOf(Session session) {
        return script.steps().stream()
                .filter(step -> step.body() != null && step.body().contains("\"sessionId\":\"" + session.sessionId() + "\""))
                .findFirst().orElseThrow().number();
    }

    private static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
