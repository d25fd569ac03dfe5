package care.tandem.infra.dashboard;

import care.tandem.infra.demo.DemoPlan;
import care.tandem.infra.demo.DemoRole;
import care.tandem.infra.demo.DemoRunner;
import care.tandem.infra.demo.DemoSeeder;
import care.tandem.infra.demo.DemoSize;
import care.tandem.infra.identity.DemoAccounts.Account;
import care.tandem.infra.identity.EmbeddedIssuer;
import care.tandem.infra.identity.IssuerConversation;
import care.tandem.infra.identity.MachineClients.MachineClient;
import care.tandem.infra.platform.ClientCredentials;
import care.tandem.infra.platform.PlatformClient;
import care.tandem.infra.platform.TandemPlatform;
import care.tandem.infra.platform.TestPlatforms;
import care.tandem.query.readmodel.IsoWeek;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.function.Supplier;

import static care.tandem.infra.dashboard.DashboardFormats.NONE;
import static care.tandem.infra.dashboard.DashboardFormats.count;
import static care.tandem.infra.dashboard.DashboardFormats.dateTime;
import static care.tandem.infra.dashboard.DashboardFormats.enumText;
import static care.tandem.infra.dashboard.PageFigures.elements;
import static care.tandem.infra.dashboard.PageFigures.sameValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/**
 * The dashboard in the system's headless Chromium, against the embedded platform and its embedded issuer, seeded
 * with a small demo program: the demo clinical supervisor logs in on the issuer's page, and every figure the
 * overview, the plan pages and a clinician's week show is what the query API answers that same person, formatted as
 * the page says; the pages log no console error, draw labelled charts, can be used with the keyboard alone and fit a
 * 360 px phone. A program lead sees counts and no one's id; compliance sees a break-the-glass read. Screenshots are
 * saved under {@code target/} to look at.
 */
class DashboardBrowserTest {

    /**
     * The smallest program with every couple role and a family, over the last three weeks: it has pauses, solo
     * attendances (one made up for) and participants under their minimum, which the tests check are there.
     */
    private static final DemoSize SMALL = new DemoSize(6, 1, 3);
    private static final long SEED = 11;
    private static final Duration CATCH_UP = Duration.ofSeconds(180);
    /** Minutes paused are counted up to now, so the page and the test may read a minute apart: they try again. */
    private static final Duration SAME_MINUTE = Duration.ofSeconds(30);
    private static final int OVERVIEW_WEEKS = 8;
    private static final int LIST_SIZE = 25;
    private static final Dimension PHONE = new Dimension(360, 780);
    private static final Path SCREENSHOTS = Path.of("target");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final List<ChartColumns> CHARTS = List.of(
            new ChartColumns("attendance-rate", 1, List.of(
                    new Column("/attendanceRate", DashboardFormats::rate),
                    new Column("/expectedParticipantSessions", DashboardFormats::count),
                    new Column("/attendedParticipantSessions", DashboardFormats::count))),
            new ChartColumns("joint-solo", 2, List.of(
                    new Column("/couplesSessionsAttendedJointly", DashboardFormats::count),
                    new Column("/couplesSessionsAttendedSolo", DashboardFormats::count),
                    new Column("/jointAttendanceRatio", DashboardFormats::rate))),
            new ChartColumns("pauses", 2, List.of(
                    new Column("/pauses/active", DashboardFormats::count),
                    new Column("/pauses/started", DashboardFormats::count),
                    new Column("/pauses/minutesPaused", DashboardFormats::minutes))),
            new ChartColumns("under-minimum", 1, List.of(
                    new Column("/underMinimumCount", DashboardFormats::count))));

    private static final Map<String, Column> LATEST_FIGURES = Map.of(
            "latest-attendance-rate", new Column("/attendanceRate", DashboardFormats::rate),
            "latest-joint-attendance-ratio", new Column("/jointAttendanceRatio", DashboardFormats::rate),
            "latest-sessions-held", new Column("/sessionsHeld", DashboardFormats::count),
            "latest-pauses-active", new Column("/pauses/active", DashboardFormats::count),
            "latest-minutes-paused", new Column("/pauses/minutesPaused", DashboardFormats::minutes),
            "latest-under-minimum", new Column("/underMinimumCount", DashboardFormats::count));

    private static final List<String> PARTNER_COUNTS = List.of("jointSessionsMissed",
            "consecutiveJointSessionsMissed", "noShows", "summariesOffered", "summariesShared", "makeupsOffered",
            "makeupsScheduled", "makeupsAttended", "makeupsDeclined");

    /** A column of a chart's table: where the week's value is in the program report, and how the page writes it. */
    private record Column(String pointer, Function<JsonNode, String> format) {
    }

    /** A chart, its table's columns in order; the first {@code series} of them are drawn. */
    private record ChartColumns(String name, int series, List<Column> columns) {
    }

    @TempDir
    static Path data;
    @TempDir
    static Path browserProfile;
    @TempDir
    static Path otherBrowserProfile;
    @TempDir
    static Path participantBrowserProfile;

    private static TandemPlatform platform;
    private static EmbeddedIssuer issuer;
    /** Reads the query API as the person logged in to the dashboard, to compare what the pages show. */
    private static PlatformClient client;
    private static PlatformClient operator;
    private static DashboardBrowser browser;
    private static List<DemoPlan> plans;
    private static ZoneId zone;
    private static LocalDate today;
    private static String thisWeek;

    @BeforeAll
    static void seedTheDemoProgramAndOpenTheBrowser() {
        DashboardBrowser.requireInstalled();
        platform = TandemPlatform.start(TestPlatforms.withEmbeddedIssuer(data));
        issuer = platform.embeddedIssuer().orElseThrow();
        client = new PlatformClient(platform, tokenOf(DemoSeeder.CLINICAL_SUPERVISOR));
        operator = new PlatformClient(platform, tokenOf("demo-operator"));
        JsonNode clinic = api("/api/clinic");
        zone = ZoneId.of(clinic.path("timeZone").asText());
        today = LocalDate.parse(clinic.path("today").asText());
        thisWeek = clinic.path("week").asText();
        MachineClient seeder = issuer.seederClient();
        plans = new DemoSeeder(data, new DemoRunner(platform.commandSideUrl(), DemoRunner.DEFAULT_CONCURRENCY,
                    new ClientCredentials(issuer.issuerUri(), seeder.clientId(), seeder.secret(),
                            "plans.read plans.write")),
                Clock.systemUTC()).seed(SEED, SMALL, zone).script().plans();
        awaitEveryReadModelCaughtUp();
        browser = DashboardBrowser.open(browserProfile);
        Account supervisor = account(DemoSeeder.CLINICAL_SUPERVISOR);
        browser.logIn(dashboard("index.html"), supervisor.username(), supervisor.password());
        browser.awaitLoaded();
    }

    @AfterAll
    static void closeTheBrowserAndThePlatform() {
        if (browser != null) {
            browser.close();
        }
        if (platform != null) {
            platform.close();
        }
    }

    @BeforeEach
    void forgetEarlierConsoleMessages() {
        browser.consoleErrors();
    }

    @Test
    void theOverviewShowsTheProgramReportTheHoursAndTheOpenFollowUps() {
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        String report = "/api/reports/program?from=%s&to=%s".formatted(monday.minusWeeks(OVERVIEW_WEEKS - 1),
                monday.plusDays(6));
        List<JsonNode> weeks = elements(api(report).path("weeks"));
        assertThat(weeks).as("a representative program").hasSize(OVERVIEW_WEEKS)
                .anyMatch(week -> week.path("couplesSessionsAttendedSolo").asInt() > 0)
                .anyMatch(week -> week.path("pauses").path("started").asInt() > 0)
                .anyMatch(week -> week.path("underMinimumCount").asInt() > 0);

        await().atMost(SAME_MINUTE).untilAsserted(() -> {
            browser.show(dashboard("index.html"));
            assertOverviewShows(browser.figures(), elements(api(report).path("weeks")),
                    api("/api/absent-partner-follow-ups?size=" + LIST_SIZE),
                    api("/api/weekly-hours?week=%s&underMinimum=true&size=%d".formatted(thisWeek, LIST_SIZE)));
        });
        assertChartsDrawn(weeks);
        browser.screenshot(SCREENSHOTS.resolve("dashboard-overview.png"));
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void everyPlanPageShowsItsSessionsAttendancePausesMakeupsAndAbsentPartnerSummary() {
        List<String> withMakeups = new ArrayList<>();
        for (DemoPlan plan : plans) {
            JsonNode schedule = api("/api/treatment-plans/" + plan.planId() + "/schedule");
            assertPlanPageShows(plan.planId(), schedule);
            assertThat(browser.consoleErrors()).as(plan.planId()).isEmpty();
            if (schedule.findValues("makeupFor").stream().anyMatch(JsonNode::isTextual)) {
                withMakeups.add(plan.planId());
            }
        }
        assertThat(withMakeups).as("plans with a makeup for a joint session missed").isNotEmpty();
        assertThat(plans).as("plans whose absent partners were given a summary under consent")
                .anyMatch(plan -> api("/api/treatment-plans/" + plan.planId() + "/absent-partner-summary")
                        .findValues("summariesShared").stream().anyMatch(shared -> shared.asInt() > 0));
        browser.show(dashboard("plan.html?planId=" + withMakeups.get(0)));
        browser.screenshot(SCREENSHOTS.resolve("dashboard-plan.png"));
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void aClinicianWeekShowsEverySessionOfTheirCaseloadWithItsAttendance() {
        String clinicianId = plans.stream().filter(plan -> plan.role() == DemoRole.JOINT_STRONGLY_ENCOURAGED)
                .findFirst().orElseThrow().primaryClinician();
        String lastWeek = IsoWeek.of(today.minusWeeks(1)).toString();
        browser.show(dashboard("clinician.html?clinicianId=%s&week=%s".formatted(clinicianId, lastWeek)));
        JsonNode schedule = api("/api/clinicians/%s/schedule?week=%s".formatted(clinicianId, lastWeek));

        assertThat(browser.byTestId("week-heading").getText()).isEqualTo(clinicianId + ", " + lastWeek);
        List<JsonNode> days = elements(schedule.path("days"));
        assertThat(elements(browser.json(attributesOf("clinician-day", "date"))))
                .extracting(day -> day.path("date").asText())
                .containsExactlyElementsOf(days.stream().map(day -> day.path("date").asText()).toList());
        List<JsonNode> sessions = days.stream().flatMap(day -> elements(day.path("sessions")).stream()).toList();
        assertThat(sessions).as("a week with sessions held").anyMatch(session -> session.path("plans")
                .findValues("attendance").stream().anyMatch(attendance -> !attendance.isNull()));
        assertThat(elements(browser.json(attributesOf("clinician-session", "sessionId"))))
                .extracting(card -> card.path("sessionId").asText())
                .containsExactlyElementsOf(sessions.stream().map(session -> session.path("sessionId").asText())
                        .toList());
        PageFigures figures = browser.figures();
        for (JsonNode session : sessions) {
            String sessionId = session.path("sessionId").asText();
            for (JsonNode share : session.path("plans")) {
                figures.assertShows("status-" + sessionId + "-" + share.path("planId").asText(), share.path("status"),
                        share.path("status").asText().equals("CANCELLED")
                                ? "Cancelled (" + lowerCase(share.path("cancellationReason")) + ")"
                                : enumText(share.path("status").asText()));
                for (JsonNode participant : share.path("participants")) {
                    JsonNode attendance = participant.path("attendance");
                    figures.assertShows("attendance-" + sessionId + "-" + participant.path("participantId").asText(),
                            attendance.path("status"), attendance.isNull() ? "expected"
                                    : lowerCase(attendance.path("status"))
                                    + (participant.path("attendanceCorrected").asBoolean() ? " (corrected)" : ""));
                }
            }
        }
        browser.screenshot(SCREENSHOTS.resolve("dashboard-clinician.png"));
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void theKeyboardAloneLeadsFromTheOverviewToAPlanAndOnToItsClinician() {
        browser.show(dashboard("index.html?until=" + lastWeekWithSomeoneUnderTheMinimum()));
        assertThat(browser.pressTab().getAttribute("class")).as("the first tab stop").isEqualTo("skip-link");

        String plan = browser.tabTo("a[href^='plan.html?planId=']").orElseThrow(
                () -> new AssertionError("no plan link on the overview is reached with Tab")).getText();
        browser.press(Keys.ENTER);
        browser.awaitPage("plan");
        assertThat(browser.byTestId("plan-id").getText()).isEqualTo(plan);

        String clinician = browser.tabTo("a[href^='clinician.html?clinicianId=']").orElseThrow(
                () -> new AssertionError("no clinician link on the plan page is reached with Tab")).getText();
        browser.press(Keys.ENTER);
        browser.awaitPage("clinician");
        assertThat(browser.byId("clinician").getDomProperty("value")).isEqualTo(clinician);
        assertThat(browser.byTestId("week-heading").getText()).isEqualTo(clinician + ", " + thisWeek);
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void theOverviewFitsAPhoneWithoutScrollingSideways() {
        browser.resize(PHONE);
        try {
            browser.show(dashboard("index.html"));
            assertThat(browser.script("return window.innerWidth")).isEqualTo((long) PHONE.width);
            assertThat((Long) browser.script("return document.documentElement.scrollWidth"))
                    .as("the page's width").isLessThanOrEqualTo(PHONE.width);
            browser.screenshot(SCREENSHOTS.resolve("dashboard-overview-phone.png"));
        } finally {
            browser.resize(DashboardBrowser.DESKTOP);
        }
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void aProgramLeadSeesCountsOnlyAClinicianOffTheCareTeamBreaksTheGlassAndComplianceSeesIt() {
        String planId = plans.get(0).planId();
        try (DashboardBrowser other = DashboardBrowser.open(otherBrowserProfile)) {
            Account lead = account("demo-program-lead");
            other.logIn(dashboard("index.html"), lead.username(), lead.password());
            other.awaitLoaded();
            assertThat(other.byTestId("signed-in-user").getText()).startsWith("Demo Program Lead (program-lead)");
            assertThat(other.byTestId("follow-ups-withheld").isDisplayed()).isTrue();
            assertThat(other.byTestId("under-minimum-withheld").isDisplayed()).isTrue();
            assertThat(other.byTestId("latest-sessions-held").getText()).matches("\\d+");
            String shown = other.mainText();
            for (DemoPlan plan : plans) {
                assertThat(shown).doesNotContain(plan.planId(), plan.primaryClinician());
                plan.members().forEach(member -> assertThat(shown).doesNotContain(member.participantId(),
                        member.displayName()));
            }
            other.screenshot(SCREENSHOTS.resolve("dashboard-overview-program-lead.png"));

            other.byTestId("sign-out").click();
            other.awaitPageNamed("signed-out");

            Account covering = account("c-demo-covering");
            other.logIn(dashboard("plan.html?planId=" + planId), covering.username(), covering.password());
            assertThat(other.byTestId("error-message").getText()).contains("Not on the care team");
            assertThat(other.allByTestId("session-row")).isEmpty();
            assertThat(other.consoleErrors()).as("the refused reads, and only they").isNotEmpty()
                    .allSatisfy(error -> assertThat(error).contains("403"));
            new Select(other.byId("break-glass-reason")).selectByValue("CARE_TEAM_UNREACHABLE");
            other.byTestId("break-glass-submit").click();
            other.awaitLoaded();
            assertThat(other.byTestId("plan-id").getText()).isEqualTo(planId);
            assertThat(other.allByTestId("session-row")).isNotEmpty();
            assertThat(other.byTestId("break-glass").isDisplayed()).isFalse();
            other.byTestId("fhir-download").click();
            String saved = await().atMost(Duration.ofSeconds(30)).until(
                    () -> other.byTestId("fhir-status").getAttribute("data-count"), Objects::nonNull);
            assertThat(Integer.parseInt(saved)).as("the plan's FHIR record, read with the same reason")
                    .isEqualTo(api("/api/treatment-plans/" + planId + "/fhir/CarePlan/" + planId + "/$everything")
                            .path("entry").size());
            assertThat(other.byTestId("fhir-base").getText()).endsWith("/api/treatment-plans/" + planId + "/fhir");
            other.byTestId("sign-out").click();
            other.awaitPageNamed("signed-out");

            Account compliance = account("demo-compliance");
            other.logIn(dashboard("access.html"), compliance.username(), compliance.password());
            other.awaitLoaded();
            JsonNode rows = other.json("""
                    return JSON.stringify([...document.querySelectorAll("[data-testid='accesses-table'] tbody tr")]
                        .map((row) => [...row.cells].map((cell) => cell.textContent)));""");
            assertThat(elements(rows)).anySatisfy(row -> assertThat(row.toString())
                    .contains("c-demo-covering", planId, "Care team unreachable", "Break the glass"));
            other.screenshot(SCREENSHOTS.resolve("dashboard-access-audit.png"));
            assertThat(other.consoleErrors()).isEmpty();
        }
    }

    @Test
    void aParticipantSeesTheirOwnRecordAndNoOneElses() throws Exception {
        PlatformClient participant = new PlatformClient(platform, tokenOf("demo-participant"));
        String me = DemoSeeder.DEMO_PARTICIPANT;
        String plan = me.substring(0, me.lastIndexOf('-'));
        List<JsonNode> schedule = elements(participant.query("/api/treatment-plans/" + plan + "/participants/" + me
                + "/schedule").body().path("sessions"));
        List<String> sessions = schedule.stream().map(session -> session.path("sessionId").asText()).toList();
        JsonNode received = participant.query("/api/participants/" + me + "/received-disclosures").body();
        assertThat(sessions).as("the demo participant's sessions").isNotEmpty();

        try (DashboardBrowser mine = DashboardBrowser.open(participantBrowserProfile)) {
            Account account = account("demo-participant");
            mine.logIn(dashboard("me.html"), account.username(), account.password());
            mine.awaitLoaded();
            assertThat(mine.byTestId("signed-in-user").getText()).startsWith("Demo Participant (participant)");
            assertThat(elements(mine.json(attributesOf("my-session", "sessionId"))))
                    .extracting(session -> session.path("sessionId").asText())
                    .containsExactlyInAnyOrderElementsOf(sessions);
            assertThat(mine.allByTestId("received-disclosure")).hasSize(received.path("received").size());
            assertThat(mine.allByTestId("redisclosure-notice")).allSatisfy(notice ->
                    assertThat(notice.getText()).startsWith("42 CFR part 2 prohibits"));
            assertThat((Long) mine.script("return document.querySelectorAll(\"header a[href='plans.html'], "
                    + "header a[href='index.html']\").length")).isZero();
            String shown = mine.mainText();
            plans.stream().filter(other -> !other.planId().equals(plan))
                    .forEach(other -> assertThat(shown).doesNotContain(other.planId()));
            assertThat(mine.byTestId("calendar-feed-status").getAttribute("data-active")).isEqualTo("false");
            mine.click(mine.byTestId("calendar-feed-issue"));
            String feed = await().atMost(Duration.ofSeconds(20)).until(() -> mine.allByTestId("calendar-feed-url")
                    .stream().map(field -> field.getAttribute("value")).findFirst().orElse(null), Objects::nonNull);
            assertThat(CalendarFeedCheck.startsIn(feed)).as("the calendar feed the page made: my sessions in its window")
                    .containsExactlyInAnyOrderElementsOf(CalendarFeedCheck.startsWithinWindow(schedule));
            mine.screenshot(SCREENSHOTS.resolve("dashboard-participant.png"));
            assertThat(mine.consoleErrors()).isEmpty();
        }
    }

    // --- the overview ----------------------------------------------------------------------------

    private static void assertOverviewShows(PageFigures figures, List<JsonNode> weeks, JsonNode followUps,
                                            JsonNode underMinimum) {
        JsonNode latest = weeks.get(weeks.size() - 1);
        assertThat(latest.path("week").asText()).isEqualTo(thisWeek);
        assertThat(browser.byTestId("latest-week").getText()).isEqualTo(thisWeek);
        LATEST_FIGURES.forEach((testId, column) -> figures.assertShows(testId, latest.at(column.pointer()),
                column.format().apply(latest.at(column.pointer()))));
        figures.assertShows("open-follow-ups", followUps.path("openFollowUps"), count(followUps.path("openFollowUps")));
        figures.assertShows("active-concerns", followUps.path("activeParticipationConcerns"),
                count(followUps.path("activeParticipationConcerns")));

        for (ChartColumns chart : CHARTS) {
            for (JsonNode week : weeks) {
                for (int index = 0; index < chart.columns().size(); index++) {
                    Column column = chart.columns().get(index);
                    figures.assertShows(chart.name() + "-" + week.path("week").asText() + "-" + index,
                            week.at(column.pointer()), column.format().apply(week.at(column.pointer())));
                }
            }
        }

        Map<String, Integer> pausesByReason = new TreeMap<>();
        long minutesPaused = 0;
        for (JsonNode week : weeks) {
            week.path("pauses").path("startedByReason").fields().forEachRemaining(reason ->
                    pausesByReason.merge(reason.getKey(), reason.getValue().asInt(), Integer::sum));
            minutesPaused += week.path("pauses").path("minutesPaused").asLong();
        }
        pausesByReason.forEach((reason, pauses) -> figures.assertShows("pause-reason-" + reason,
                JSON.valueToTree(pauses), String.valueOf(pauses)));
        figures.assertShows("minutes-paused-total", JSON.valueToTree(minutesPaused), minutesPaused + " min");

        figures.assertShows("under-minimum-count", underMinimum.path("underMinimumCount"),
                count(underMinimum.path("underMinimumCount")));
        List<JsonNode> under = elements(underMinimum.path("participants").path("items"));
        for (String hoursColumn : List.of("required", "attended", "scheduled")) {
            figures.assertShowsAll(hoursColumn + "-hours",
                    under.stream().map(row -> row.path(hoursColumn + "Hours")).toList(), DashboardFormats::hours);
        }

        List<JsonNode> partners = elements(followUps.path("plans").path("items")).stream()
                .flatMap(plan -> elements(plan.path("partners")).stream()).toList();
        figures.assertShowsAll("open-follow-ups-count",
                partners.stream().map(partner -> partner.path("openFollowUps")).toList(), DashboardFormats::count);
        figures.assertShowsAll("active-concerns-count",
                partners.stream().map(partner -> partner.path("activeParticipationConcerns")).toList(),
                DashboardFormats::count);
    }

    /** Each chart drawn by chart.js with the report's numbers, pixels on its canvas, and a label for screen readers. */
    private static void assertChartsDrawn(List<JsonNode> weeks) {
        for (ChartColumns chart : CHARTS) {
            WebElement canvas = browser.byId("chart-" + chart.name());
            assertThat(canvas.getAttribute("role")).isEqualTo("img");
            assertThat(canvas.getAttribute("aria-label")).as(chart.name())
                    .contains("from " + weeks.get(0).path("week").asText() + " to " + thisWeek);
            assertThat(browser.script("""
                    const canvas = arguments[0];
                    const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
                    return canvas.width > 0 && canvas.height > 0 && pixels.some((value, index) => index % 4 === 3
                        && value !== 0);""", canvas)).as(chart.name() + " painted").isEqualTo(true);
            JsonNode drawn = browser.json(
                    "return JSON.stringify(Chart.getChart(arguments[0]).data.datasets.map((set) => set.data))",
                    canvas);
            assertThat(drawn).hasSize(chart.series());
            for (int series = 0; series < chart.series(); series++) {
                String pointer = chart.columns().get(series).pointer();
                for (int week = 0; week < weeks.size(); week++) {
                    assertThat(sameValue(drawn.get(series).get(week), weeks.get(week).at(pointer)))
                            .as("%s, series %d, week %d: %s", chart.name(), series, week, drawn).isTrue();
                }
            }
        }
    }

    // --- a plan ----------------------------------------------------------------------------------

    private record Pause(Instant pausedAt, Instant endedAt) {

        boolean inForceAt(Instant instant) {
            return !pausedAt.isAfter(instant) && (endedAt == null || instant.isBefore(endedAt));
        }

        /** In force on some day of the week, the clinic's Monday to Sunday. */
        boolean inForceIn(String week) {
            LocalDate monday = IsoWeek.parse(week).monday();
            return !pausedAt.atZone(zone).toLocalDate().isAfter(monday.plusDays(6))
                    && (endedAt == null || !endedAt.atZone(zone).toLocalDate().isBefore(monday));
        }
    }

    private static void assertPlanPageShows(String planId, JsonNode schedule) {
        browser.show(dashboard("plan.html?planId=" + planId));
        String path = "/api/treatment-plans/" + planId;
        JsonNode entry = api(path);
        JsonNode summary = api(path + "/absent-partner-summary");
        PageFigures figures = browser.figures();

        assertThat(browser.byTestId("plan-id").getText()).isEqualTo(planId);
        figures.assertShows("unit-kind", entry.path("unitKind"), enumText(entry.path("unitKind").asText()));
        figures.assertShows("level-of-care", schedule.path("levelOfCare"),
                enumText(schedule.path("levelOfCare").asText()));
        figures.assertShows("weekly-minimum-hours", schedule.path("weeklyMinimumHours"),
                schedule.path("weeklyMinimumHours").isNull() ? NONE : schedule.path("weeklyMinimumHours") + " h");
        List<Pause> pauses = elements(entry.path("couplesTherapyPauses")).stream()
                .map(pause -> new Pause(Instant.parse(pause.path("pausedAt").asText()),
                        pause.path("endedAt").isNull() ? null : Instant.parse(pause.path("endedAt").asText())))
                .toList();
        assertThat(browser.allByTestId("pause")).hasSameSizeAs(pauses);

        List<JsonNode> sessions = elements(schedule.path("sessions"));
        JsonNode rows = browser.json("""
                return JSON.stringify([...document.querySelectorAll("[data-testid='session-row']")].map((row) => ({
                    sessionId: row.dataset.sessionId, paused: row.dataset.paused === 'true',
                    startsAt: row.querySelector('th').textContent,
                    makeupFor: [...row.querySelectorAll("[data-testid='makeup-for'] a")].map((a) => a.hash),
                    madeUpBy: [...row.querySelectorAll("[data-testid='made-up-by'] a")].map((a) => a.hash) })));""");
        assertThat(elements(rows)).extracting(row -> row.path("sessionId").asText())
                .containsExactlyElementsOf(sessions.stream().map(session -> session.path("sessionId").asText())
                        .toList());
        Map<String, JsonNode> rowsById = elements(rows).stream()
                .collect(Collectors.toMap(row -> row.path("sessionId").asText(), row -> row));
        Map<String, Boolean> weeksPaused = new LinkedHashMap<>();
        for (int index = 0; index < sessions.size(); index++) {
            JsonNode session = sessions.get(index);
            JsonNode row = rows.get(index);
            Instant startsAt = Instant.parse(session.path("startsAt").asText());
            weeksPaused.put(IsoWeek.of(startsAt.atZone(zone).toLocalDate()).toString(), false);
            assertThat(row.path("paused").asBoolean()).as(row.toString())
                    .isEqualTo(pauses.stream().anyMatch(pause -> pause.inForceAt(startsAt)));
            assertThat(row.path("startsAt").asText()).isEqualTo(dateTime(zone, startsAt));
            assertSessionShows(figures, session, elements(schedule.path("members")));
            String makeupFor = session.path("makeupFor").asText(null);
            if (makeupFor != null) {
                assertThat(elements(row.path("makeupFor"))).extracting(JsonNode::asText)
                        .containsExactly("#session-" + makeupFor);
                assertThat(elements(rowsById.get(makeupFor).path("madeUpBy"))).extracting(JsonNode::asText)
                        .contains("#session-" + session.path("sessionId").asText());
            }
        }
        weeksPaused.replaceAll((week, paused) -> pauses.stream().anyMatch(pause -> pause.inForceIn(week)));
        assertThat(elements(browser.json(attributesOf("timeline-week", "week", "paused"))))
                .extracting(week -> week.path("week").asText(), week -> Boolean.valueOf(week.path("paused").asText()))
                .containsExactlyElementsOf(weeksPaused.entrySet().stream()
                        .map(week -> tuple(week.getKey(), week.getValue())).toList());

        for (JsonNode partner : summary.path("partners")) {
            String participantId = partner.path("participantId").asText();
            for (String figure : PARTNER_COUNTS) {
                figures.assertShows(figure + "-" + participantId, partner.path(figure), count(partner.path(figure)));
            }
        }
        assertThat(elements(browser.json(attributesOf("consent-in-force", "consentId"))))
                .extracting(consent -> consent.path("consentId").asText())
                .containsExactlyInAnyOrderElementsOf(consentsInForce(elements(schedule.path("members"))));
    }

    /** The consents in force of the plan's members, as the query API gives them to the same clinician. */
    private static List<String> consentsInForce(List<JsonNode> members) {
        return members.stream().flatMap(member -> elements(api("/api/participants/"
                        + member.path("participantId").asText() + "/consents").path("consents")).stream())
                .filter(consent -> consent.path("state").asText().equals("IN_FORCE"))
                .map(consent -> consent.path("consent").path("consentId").asText()).toList();
    }

    private static void assertSessionShows(PageFigures figures, JsonNode session, List<JsonNode> members) {
        String sessionId = session.path("sessionId").asText();
        String status = session.path("status").asText();
        figures.assertShows("status-" + sessionId, session.path("status"), status.equals("CANCELLED")
                ? "Cancelled (" + enumText(session.path("cancellationReason").asText()) + ")" : enumText(status));
        List<String> participants = elements(session.path("participants")).stream().map(JsonNode::asText).toList();
        JsonNode attendance = session.path("attendance");
        for (JsonNode member : members) {
            String participantId = member.path("participantId").asText();
            if (!participants.contains(participantId)) {
                continue;
            }
            JsonNode corrected = factOf(attendance.path("corrected"), participantId);
            JsonNode fact = corrected.isMissingNode() ? factOf(attendance.path("recorded"), participantId) : corrected;
            String text = fact.isMissingNode() ? (status.equals("CANCELLED") ? NONE : "Expected")
                    : attendanceText(fact) + (corrected.isMissingNode() ? "" : ", corrected");
            figures.assertShows("attendance-" + sessionId + "-" + participantId, fact.path("status"), text);
        }
    }

    private static JsonNode factOf(JsonNode facts, String participantId) {
        return elements(facts).stream().filter(fact -> fact.path("participantId").asText().equals(participantId))
                .findFirst().orElse(JSON.missingNode());
    }

    private static String attendanceText(JsonNode fact) {
        return switch (fact.path("status").asText()) {
            case "ATTENDED" -> "Attended";
            case "LATE" -> "Late, " + fact.path("minutesLate").asInt() + " min";
            case "LEFT_EARLY" -> "Left early, " + fact.path("minutesLeftEarly").asInt() + " min";
            case "ABSENT" -> "Absent" + (fact.path("absenceReason").isTextual()
                    ? " (" + lowerCase(fact.path("absenceReason")) + ")" : "");
            case "NO_SHOW" -> "No-show";
            default -> enumText(fact.path("status").asText());
        };
    }

    private static String lowerCase(JsonNode enumValue) {
        return enumText(enumValue.asText()).toLowerCase(Locale.ROOT);
    }

    /** A script returning, as JSON, the named data attributes of every element with the test id, in page order. */
    private static String attributesOf(String testId, String... attributes) {
        return "return JSON.stringify([...document.querySelectorAll(\"[data-testid='%s']\")].map((element) => ({%s})));"
                .formatted(testId, String.join(", ", Arrays.stream(attributes)
                        .map(attribute -> attribute + ": element.dataset." + attribute).toList()));
    }

    // --- the platform ----------------------------------------------------------------------------

    /**
     * Every event the command side stored is on the feed (the feed's end offsets add up to at least the events
     * appended) and every read model has handled all of them.
     */
    private static void awaitEveryReadModelCaughtUp() {
        await().atMost(CATCH_UP).untilAsserted(() -> {
            long appended = operator.commandSideGet("/actuator/metrics/tandem.events.appended").body()
                    .path("measurements").get(0).path("value").asLong();
            List<JsonNode> readModels = elements(operator.query("/api/operations/read-models").body());
            assertThat(readModels).isNotEmpty();
            for (JsonNode readModel : readModels) {
                long onFeed = elements(readModel.path("partitions")).stream()
                        .mapToLong(partition -> partition.path("endOffset").asLong()).sum();
                assertThat(onFeed).as(readModel.path("name").asText()).isGreaterThanOrEqualTo(appended);
                assertThat(readModel.path("eventsBehind").isNumber()
                        && readModel.path("eventsBehind").asLong() == 0).as(readModel.toString()).isTrue();
            }
        });
    }

    /** A person's access token, as the dashboard gets it from the embedded issuer after they log in. */
    private static Supplier<String> tokenOf(String username) {
        String token = new IssuerConversation(issuer.issuerUri())
                .logInThroughTheDashboard(account(username), dashboard("callback.html")).path("access_token").asText();
        return () -> token;
    }

    private static Account account(String username) {
        return issuer.accounts().stream().filter(account -> account.username().equals(username)).findFirst()
                .orElseThrow();
    }

    /** The overview of that week lists participants under their minimum, each with a link to their plan. */
    private static String lastWeekWithSomeoneUnderTheMinimum() {
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<JsonNode> weeks = elements(api("/api/reports/program?from=%s&to=%s".formatted(
                monday.minusWeeks(OVERVIEW_WEEKS - 1), monday.minusDays(1))).path("weeks"));
        return weeks.stream().filter(week -> week.path("underMinimumCount").asInt() > 0)
                .reduce((first, second) -> second).orElseThrow().path("week").asText();
    }

    private static JsonNode api(String path) {
        PlatformClient.Response response = client.query(path);
        assertThat(response.status()).as(path).isEqualTo(200);
        return response.body();
    }

    private static String dashboard(String page) {
        return platform.querySideUrl() + "/dashboard/" + page;
    }
}
