package care.tandem.command.api;

import care.tandem.access.testing.TestIssuer;
import care.tandem.command.testing.CommandSideHttpTest;
import care.tandem.command.testing.TestPostgres;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The edge of the command API against what a hostile or careless client sends: each answer is a 4xx problem that
 * names the field as the client sent it and the rule, and the event store is left as it was.
 */
@CommandSideHttpTest
class HostileInputHttpTest {

    static final EmbeddedPostgres POSTGRES = TestPostgres.start();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PLAN = "/api/treatment-plans/plan-edge";

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry, POSTGRES);
    }

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcTemplate jdbc;
    @LocalServerPort
    int port;

    private final String inAnHour = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES).toString();

    @BeforeEach
    void aPlanWithAHeldSession() {
        if (eventCount() > 0) {
            return;
        }
        assertThat(post("/api/treatment-plans", """
                {"planId":"plan-edge","primaryClinicianId":"c-edge","partners":[
                 {"participantId":"p-a","displayName":"Alex"},{"participantId":"p-b","displayName":"Sam"}]}""")
                .getStatusCode().value()).isEqualTo(201);
        assertThat(post(PLAN + "/joint-sessions", """
                {"sessionId":"s-held","startsAt":"%s","durationMinutes":60,"clinicianId":"c-edge",
                 "expectedParticipantIds":["p-a","p-b"]}""".formatted(Instant.now().minus(2, ChronoUnit.HOURS)
                .truncatedTo(ChronoUnit.MINUTES))).getStatusCode().value()).isEqualTo(201);
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/csv", "application/xml", "image/png", "text/html", "application/json;q=0"})
    void aCommandWhoseAnswerCannotBeSentIsRefusedBeforeItRuns(String accept) throws IOException {
        int before = eventCount();

        ResponseEntity<String> answer = send(PLAN + "/goals", "{\"scope\":\"SHARED\",\"description\":\"x\"}",
                Map.of(HttpHeaders.ACCEPT, accept));

        assertThat(assertProblem(answer, 406, "not-acceptable").path("field").asText()).isEqualTo("Accept");
        assertThat(eventCount()).isEqualTo(before);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "multipart/form-data; boundary=x | Content-Type must be application/json",
            "*/* | Content-Type must name one media type, not a wildcard",
            "text/plain | Content-Type must be application/json",
            "application/json; charset=ISO-8859-1 | JSON bodies are UTF-8: Content-Type's charset must be UTF-8 or "
                    + "absent"})
    void aBodyThatIsNotJsonInUtf8Is415(String contentType, String detail) throws IOException {
        ResponseEntity<String> answer = send(PLAN + "/goals", "{\"scope\":\"SHARED\",\"description\":\"x\"}",
                Map.of(HttpHeaders.CONTENT_TYPE, contentType));

        assertThat(assertProblem(answer, 415, "unsupported-media-type").path("detail").asText()).isEqualTo(detail);
    }

    @Test
    void aBodyOverItsLimitIs413() throws IOException {
        ResponseEntity<String> answer = post(PLAN + "/goals",
                "{\"scope\":\"SHARED\",\"description\":\"" + "x".repeat(70_000) + "\"}");

        assertProblem(answer, 413, "payload-too-large");
    }

    /** A joint session's body with one field replaced, in JSON with single quotes for legibility. */
    static Stream<Arguments> wrongJsonTypes() {
        String valid = "'startsAt':'%s','clinicianId':'c-edge','expectedParticipantIds':['p-a','p-b']";
        return Stream.of(
                Arguments.of("{" + valid + ",'durationMinutes':60.5}", "durationMinutes"),
                Arguments.of("{" + valid + ",'durationMinutes':'45'}", "durationMinutes"),
                Arguments.of("{" + valid + ",'durationMinutes':true}", "durationMinutes"),
                Arguments.of("{" + valid + ",'durationMinutes':45,'durationMinutes':46}", "durationMinutes"),
                Arguments.of("{" + valid + ",'durationMinutes':45,'sessionId':12345}", "sessionId"),
                Arguments.of("{" + valid + ",'durationMinutes':45,'actor':'c-x'}", "actor"),
                Arguments.of("{" + valid + ",'durationMinutes':45,'locationMode':0}", "locationMode"),
                Arguments.of("{" + valid.replace("'p-b'", "12") + ",'durationMinutes':45}",
                        "expectedParticipantIds[1]"),
                Arguments.of("{" + valid.replace("'p-b'", "null") + ",'durationMinutes':45}",
                        "expectedParticipantIds[1]"));
    }

    @ParameterizedTest
    @MethodSource("wrongJsonTypes")
    void aValueOfTheWrongJsonTypeIsRefusedNotConverted(String body, String field) throws IOException {
        int before = eventCount();

        ResponseEntity<String> answer = post(PLAN + "/joint-sessions", body.replace('\'', '"').formatted(inAnHour));

        assertThat(assertProblem(answer, 400, "invalid-field").path("field").asText()).isEqualTo(field);
        assertThat(eventCount()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"+99999-12-16T18:00:00Z", "0001-01-01T18:00:00Z", "2000-01-01T00:00:00Z", "1767225600",
            "[2027,1,1]", "\"2027-01-01\""})
    void aSessionStartsWithinAYearBeforeAndTwoYearsAfterNowWrittenAsAnIsoInstant(String startsAt) throws IOException {
        String value = startsAt.startsWith("+") || startsAt.startsWith("0") || startsAt.startsWith("2")
                ? "\"" + startsAt + "\"" : startsAt;
        ResponseEntity<String> answer = post(PLAN + "/joint-sessions", """
                {"startsAt":%s,"durationMinutes":45,"clinicianId":"c-edge","expectedParticipantIds":["p-a","p-b"]}"""
                .formatted(value));

        assertThat(assertProblem(answer, 400, "invalid-field").path("field").asText()).isEqualTo("startsAt");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2147483648", "99999999999", "\"+999999999-12-31\"", "[2027,1,1]", "\"2000-01-01\"",
            "\"tomorrow\""})
    void aReviewDateIsAnIsoDateWithinAYear(String reviewOn) throws IOException {
        int before = eventCount();

        ResponseEntity<String> answer = post(PLAN + "/couples-therapy/pause",
                "{\"reason\":\"EMOTIONAL_SAFETY\",\"reviewOn\":" + reviewOn + "}");

        assertThat(assertProblem(answer, 400, "invalid-field").path("field").asText()).isEqualTo("reviewOn");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void aPlanTakesEffectNoEarlierThan2000() throws IOException {
        ResponseEntity<String> answer = post("/api/treatment-plans", """
                {"planId":"plan-1999","primaryClinicianId":"c-edge","openedAt":"1999-12-31T23:59:59Z","partners":[
                 {"participantId":"p-a","displayName":"Alex"},{"participantId":"p-b","displayName":"Sam"}]}""");

        assertThat(assertProblem(answer, 400, "invalid-field").path("field").asText()).isEqualTo("openedAt");
    }

    /** Requests each breaking one rule, in JSON with single quotes for legibility, and the field as sent. */
    static Stream<Arguments> refusedFields() {
        String open = "/api/treatment-plans";
        String opening = "'planId':'plan-x','primaryClinicianId':'c-edge',";
        String family = opening + "'unitKind':'FAMILY','levelOfCare':'IOP_ADOLESCENT',"
                + "'members':[{'participantId':'p-m','displayName':'Morgan','role':'PARENT'},";
        String session = PLAN + "/sessions/s-held";
        return Stream.of(
                Arguments.of(open, "{" + opening + "'partners':[{'participantId':'p-a','displayName':'Alex'},"
                        + "{'participantId':'p-b','displayName':' '}]}", "partners[1].displayName"),
                Arguments.of(open, "{" + opening + "'partners':[{'participantId':'p-a','displayName':'Alex'}]}",
                        "partners"),
                Arguments.of(open, "{" + family + "{'participantId':'p-k','displayName':'Kit','role':'ADOLESCENT',"
                        + "'minor':true}]}", "members[1].guardianIds"),
                Arguments.of(open, "{" + family + "{'participantId':'p-k','displayName':'Kit','role':'ADOLESCENT',"
                        + "'minor':true,'guardianIds':['p-m','bad id']}]}", "members[1].guardianIds[1]"),
                Arguments.of(open, "{" + opening + "'unitKind':'FAMILY',"
                        + "'members':[{'participantId':'p-m','displayName':'Morgan','role':'PARENTS'}]}",
                        "members[0].role"),
                Arguments.of(PLAN + "/members",
                        "{'participantId':'p-c','displayName':'Cam','role':'CHILD','minor':true}", "guardianIds"),
                Arguments.of(session + "/attendance-corrections",
                        "{'participantId':'p-a','status':'LATE','correctionReason':'Joined late'}", "minutesLate"),
                Arguments.of(session + "/attendance-corrections",
                        "{'participantId':'p-a','status':'LATE','minutesLate':0,'correctionReason':'Joined late'}",
                        "minutesLate"),
                Arguments.of(session + "/attendance", "{'attendance':[{'participantId':'p-a','status':'ATTENDED'},"
                        + "{'participantId':'p-b','status':'ABSENT'}]}", "attendance[1].absenceReason"),
                Arguments.of(PLAN + "/discharge", "{'aftercareReferrals':[null]}", "aftercareReferrals[0]"));
    }

    @ParameterizedTest
    @MethodSource("refusedFields")
    void aRefusedFieldIsNamedByThePathTheClientSent(String path, String body, String field) throws IOException {
        int before = eventCount();

        ResponseEntity<String> answer = post(path, body.replace('\'', '"'));

        assertThat(assertProblem(answer, 400, "invalid-field").path("field").asText()).isEqualTo(field);
        assertThat(eventCount()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"scope\":\"SHARED\",\"descr", "{\"scope\":\"SHARED\"} trailing", "[]", "null", ""})
    void aBodyThatIsNoJsonObjectIsMalformed(String body) throws IOException {
        assertProblem(post(PLAN + "/goals", body), 400, "malformed-request");
    }

    @Test
    void theContainersOwnErrorsAreProblemsToo() throws IOException {
        assertProblem(http.getForEntity("/error", String.class), 404, "not-found");
        // Deny by default: an unknown path or method is refused before anything could tell whether it exists.
        assertProblem(http.getForEntity("/api/no-such-thing", String.class), 401, "unauthenticated");
        HttpHeaders clinician = new HttpHeaders();
        clinician.setBearerAuth(TestIssuer.shared().clinician("c-edge"));
        assertProblem(http.exchange("/api/no-such-thing", HttpMethod.GET, new HttpEntity<>(clinician), String.class),
                403, "forbidden");
        assertProblem(http.exchange(PLAN + "/goals", HttpMethod.PUT, new HttpEntity<>("{}", clinician), String.class),
                403, "forbidden");
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET /api/treatment-plans?a=[1] HTTP/1.1", "GET /api/treatment-plans/%00 HTTP/1.1",
            "GET /api/treatment-plans/a%2Fb HTTP/1.1", "GET /api/{x} HTTP/1.1", "G@T / HTTP/1.1",
            "GET / HTTP/1.1\r\nX-Padding: @PADDING@"})
    void requestsTomcatRefusesBeforeTheApiAreAnsweredAsProblems(String requestLine) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            String head = requestLine.replace("@PADDING@", "p".repeat(9_000))
                    + "\r\nHost: localhost\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.ISO_8859_1));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(answer).startsWith("HTTP/1.1 400 ").contains("Content-Type: application/problem+json")
                    .contains("\"type\":\"https://tandem.care/problems/malformed-request\"")
                    .doesNotContain("<html>", "%00", "[1]");
        }
    }

    private ResponseEntity<String> post(String path, String body) {
        return send(path, body, Map.of());
    }

    private ResponseEntity<String> send(String path, String body, Map<String, String> extraHeaders) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.CONTENT_TYPE, "application/json");
        headers.setBearerAuth(TestIssuer.shared().clinician("c-edge"));
        extraHeaders.forEach(headers::set);
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    }

    private int eventCount() {
        return jdbc.queryForObject("select count(*) from domainevententry where aggregateidentifier = 'plan-edge'",
                Integer.class);
    }

    private static JsonNode assertProblem(ResponseEntity<String> answer, int status, String type) throws IOException {
        assertThat(answer.getStatusCode().value()).isEqualTo(status);
        assertThat(String.valueOf(answer.getHeaders().getContentType())).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(answer.getBody());
        assertThat(problem.path("type").asText()).isEqualTo("https://tandem.care/problems/" + type);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        return problem;
    }
}
