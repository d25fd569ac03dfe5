package care.tandem.query.dashboard;

import care.tandem.events.id.ClinicianId;
import care.tandem.events.id.PlanId;
import care.tandem.events.plan.AbsenceReason;
import care.tandem.events.plan.LevelOfCare;
import care.tandem.events.plan.TreatmentPlanOpened;
import care.tandem.events.plan.UnitKind;
import care.tandem.events.serialization.TandemSerialization;
import care.tandem.query.testing.PlanStream;
import care.tandem.query.testing.RunningQuerySide;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static care.tandem.query.testing.PlanFixtures.CLINICIAN;
import static care.tandem.query.testing.PlanFixtures.JORDAN;
import static care.tandem.query.testing.PlanFixtures.PLAN;
import static care.tandem.query.testing.PlanFixtures.RECORDED_AT;
import static care.tandem.query.testing.PlanFixtures.concernAboutJordan;
import static care.tandem.query.testing.PlanFixtures.jordanAbsent;
import static care.tandem.query.testing.PlanFixtures.opened;
import static care.tandem.query.testing.PlanFixtures.paused;
import static care.tandem.query.testing.PlanFixtures.resumed;
import static care.tandem.query.testing.PlanFixtures.riley;
import static care.tandem.query.testing.PlanFixtures.scheduled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The dashboard as the running query side serves it: its pages, every script and style sheet they load (the chart
 * library from its webjar, nothing from another origin, so that it works offline), the markers a browser test
 * relies on, and the directories it reads, fed from Kafka.
 */
class DashboardHttpTest {

    private static final String HOME = "/dashboard/";
    private static final Pattern PAGE_ASSET = Pattern.compile("(?:src|href)=\"([^\"#]+)\"");
    private static final Pattern MODULE_IMPORT = Pattern.compile("from '(\\./[^']+)'");
    private static final Pattern CHART = Pattern.compile("<canvas id=\"chart-([a-z-]+)\" role=\"img\">");

    private static final PlanId OTHER_PLAN = PlanId.of("plan-10");
    private static final ClinicianId OTHER_CLINICIAN = ClinicianId.of("c-okafor");
    private static final Duration PROJECTED_WITHIN = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = TandemSerialization.objectMapper();

    @RegisterExtension
    static final RunningQuerySide querySide = new RunningQuerySide();

    @Test
    void theDirectoriesFollowTheFeedAcrossPlansAndIgnoreRedeliveredEvents() throws Exception {
        PlanStream plan = new PlanStream(PLAN);
        PlanStream otherPlan = new PlanStream(OTHER_PLAN);
        List<DomainEventMessage<?>> events = List.of(
                otherPlan.next(new TreatmentPlanOpened(OTHER_PLAN, UnitKind.FAMILY, List.of(riley()), OTHER_CLINICIAN,
                                                       LevelOfCare.IOP_ADOLESCENT, RECORDED_AT)),
                plan.next(opened()),
                plan.next(scheduled("s-1", "2026-03-02T15:00:00Z")),
                plan.next(jordanAbsent("s-1", AbsenceReason.OTHER, "unwell")),
                plan.next(concernAboutJordan("s-1")),
                plan.next(paused()));
        querySide.publish(events);
        querySide.publish(List.of(events.get(3), events.get(0)));
        // Published after the redelivered events on the same partitions, so seen only once those are handled.
        querySide.publish(List.of(plan.next(scheduled("s-2", "2026-03-09T15:00:00Z")),
                                  plan.next(jordanAbsent("s-2", AbsenceReason.SCHEDULING_CONFLICT, null)),
                                  plan.next(resumed())));

        // Each read model has its own processor, so each is awaited on its own.
        await().atMost(PROJECTED_WITHIN).untilAsserted(() -> {
            JsonNode plans = json(querySide.get("/api/treatment-plans"));
            assertThat(plans.path("items").findValuesAsText("planId"))
                    .containsExactly(OTHER_PLAN.value(), PLAN.value());
            assertThat(plans.at("/items/1/couplesTherapyPauses/0/reason").asText()).isEqualTo("EMOTIONAL_SAFETY");
            assertThat(plans.at("/items/1/couplesTherapyPauses/0/endedAt").asText())
                    .isEqualTo(RECORDED_AT.toString());
        });
        await().atMost(PROJECTED_WITHIN).untilAsserted(() -> {
            JsonNode followUps = json(querySide.get("/api/absent-partner-follow-ups"));
            assertThat(followUps.path("openFollowUps").asInt()).isEqualTo(2);
            assertThat(followUps.path("activeParticipationConcerns").asInt()).isEqualTo(1);
            assertThat(followUps.at("/plans/items/0/partners/0/participantId").asText()).isEqualTo(JORDAN.value());
            assertThat(followUps.toString()).doesNotContain("Quinn", "unwell");
        });
        assertThat(json(querySide.get("/api/clinicians")).path("clinicianIds"))
                .extracting(JsonNode::asText).containsExactly(CLINICIAN.value(), OTHER_CLINICIAN.value());
        assertThat(json(querySide.get("/api/treatment-plans/" + OTHER_PLAN)).path("unitKind").asText())
                .isEqualTo("FAMILY");
    }

    @Test
    void theRootLeadsToTheDashboardsHomePage() throws Exception {
        HttpResponse<String> root = querySide.get("/");
        assertThat(root.statusCode()).isEqualTo(302);
        assertThat(root.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(URI.create(location).getPath()).isEqualTo(HOME));

        HttpResponse<String> home = served(HOME, "text/html");
        assertThat(home.body()).contains("<h1>Program overview</h1>");
    }

    @ParameterizedTest
    @ValueSource(strings = {"index.html", "plans.html", "plan.html", "clinician.html"})
    void everyPageLoadsOnlyWhatTheQuerySideServes(String page) throws Exception {
        String html = served(HOME + page, "text/html").body();

        Deque<String> toLoad = new ArrayDeque<>();
        Matcher assets = PAGE_ASSET.matcher(html);
        while (assets.find()) {
            assertThat(assets.group(1)).as("an asset of " + page).doesNotContain("//");
            toLoad.add(URI.create(HOME + page).resolve(assets.group(1)).getPath());
        }
        assertThat(toLoad).as("the style sheet and a script of " + page).hasSizeGreaterThanOrEqualTo(2);
        Set<String> loaded = new HashSet<>();
        while (!toLoad.isEmpty()) {
            String path = toLoad.pop();
            if (!loaded.add(path)) {
                continue;
            }
            HttpResponse<String> asset = served(path, path.endsWith(".css") ? "text/css" : "javascript");
            Matcher imports = MODULE_IMPORT.matcher(asset.body());
            while (imports.find()) {
                toLoad.add(URI.create(path).resolve(imports.group(1)).getPath());
            }
        }
    }

    @Test
    void theChartLibraryComesFromTheWebjarTheBuildPins() throws Exception {
        String chartJs = "/webjars/chart.js/" + webjarVersion() + "/dist/chart.umd.js";

        assertThat(served(HOME + "index.html", "text/html").body()).contains("src=\"" + chartJs + "\"");
        assertThat(served(chartJs, "javascript").body()).contains("Chart");
    }

    @ParameterizedTest
    @ValueSource(strings = {"index.html", "plans.html", "plan.html", "clinician.html"})
    void everyPageHasTheLoadedMarkerAnAlertForErrorsAndANavigationPlace(String page) throws Exception {
        String html = served(HOME + page, "text/html").body();

        assertThat(html).contains("<html lang=\"en\">", "name=\"viewport\"", "id=\"site-header\"",
                                  "<main id=\"main\"", "id=\"load-status\" data-testid=\"load-status\" role=\"status\"",
                                  "id=\"error-message\" class=\"error\" role=\"alert\"");
    }

    @Test
    void everyChartHasADataTableBesideIt() throws Exception {
        String html = served(HOME + "index.html", "text/html").body();

        Matcher charts = CHART.matcher(html);
        List<String> names = charts.results().map(chart -> chart.group(1)).toList();
        assertThat(names).containsExactly("attendance-rate", "joint-solo", "pauses", "under-minimum");
        names.forEach(name -> assertThat(html).contains("<div id=\"table-" + name + "\" class=\"visually-hidden\">"));
    }

    private static HttpResponse<String> served(String path, String contentType)
            throws IOException, InterruptedException {
        HttpResponse<String> response = querySide.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).as(path)
                .hasValueSatisfying(type -> assertThat(type).contains(contentType));
        return response;
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static String webjarVersion() throws IOException {
        Properties webjar = new Properties();
        try (InputStream pom = DashboardHttpTest.class.getResourceAsStream(
                "/META-INF/maven/org.webjars.npm/chart.js/pom.properties")) {
            webjar.load(pom);
        }
        return webjar.getProperty("version");
    }
}
