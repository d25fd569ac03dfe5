package care.tandem.query.dashboard;

import care.tandem.query.testing.RunningQuerySide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard as the running query side serves it: its pages, every script and style sheet they load (the chart
 * library from its webjar, nothing from another origin, so that it works offline), and the markers a browser test
 * relies on.
 */
class DashboardHttpTest {

    private static final String HOME = "/dashboard/";
    private static final Pattern PAGE_ASSET = Pattern.compile("(?:src|href)=\"([^\"#]+)\"");
    private static final Pattern MODULE_IMPORT = Pattern.compile("from '(\\./[^']+)'");
    private static final Pattern CHART = Pattern.compile("<canvas id=\"chart-([a-z-]+)\" role=\"img\">");

    @RegisterExtension
    static final RunningQuerySide querySide = new RunningQuerySide();

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

    private static String webjarVersion() throws IOException {
        Properties webjar = new Properties();
        try (InputStream pom = DashboardHttpTest.class.getResourceAsStream(
                "/META-INF/maven/org.webjars.npm/chart.js/pom.properties")) {
            webjar.load(pom);
        }
        return webjar.getProperty("version");
    }
}
