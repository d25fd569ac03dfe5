package care.tandem.infra.platform;

import care.tandem.access.Role;
import care.tandem.access.testing.TestIssuer;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The core loop over the real embedded servers: HTTP command, event row in PostgreSQL, Kafka, MongoDB
 * read model, HTTP query; and the same platform restarted on its data directory.
 */
class EndToEndTest {

    private static final Duration PROPAGATION = Duration.ofSeconds(60);

    @TempDir
    Path data;

    private final String yesterday = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES).toString();
    private final String tomorrow = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES).toString();

    private PlatformSettings settings() {
        return TestPlatforms.onFreePorts(data);
    }

    @Test
    void aSoloAttendanceTravelsFromTheCommandApiToEveryReadModel() throws SQLException {
        PlatformSettings settings = settings();
        try (TandemPlatform platform = TandemPlatform.start(settings)) {
            PlatformClient client = new PlatformClient(platform);
            assertThat(platform.embeddedIssuer()).as("with the clinic's issuer set, none of its own").isEmpty();
            assertThat(platform.issuerUri()).isEqualTo(settings.externalIssuer().orElseThrow().issuerUri());
            assertThatThrownBy(() -> new Socket("127.0.0.1", settings.embeddedPorts().issuer()).close())
                    .isInstanceOf(IOException.class);

            openPlanWithTwoSessions(client, "plan-e2e");
            assertThat(client.command("/api/treatment-plans/plan-e2e/joint-sessions/s-1/solo-attendance",
                    """
                    {"attendingPartnerId":"p-alex","absentPartnerId":"p-sam","absenceReason":"SCHEDULING_CONFLICT",
                     "therapistJudgement":"ABSENCE_DOES_NOT_HINDER_PROGRESS","adjustedFocus":"COMMUNICATION_SKILLS"}
                    """).status()).isEqualTo(201);

            assertThat(storedEventTypes(platform, "plan-e2e")).containsExactly(
                    "TreatmentPlanOpened", "SessionScheduled", "SessionScheduled", "SoloAttendanceRecorded");

            await().atMost(PROPAGATION).untilAsserted(() -> {
                JsonNode audit = client.query("/api/treatment-plans/plan-e2e/attendance-audit").body();
                assertThat(audit.path("entries")).hasSize(1);
                JsonNode entry = audit.path("entries").get(0);
                assertThat(entry.path("kind").asText()).isEqualTo("SOLO");
                assertThat(entry.path("absentPartner").asText()).isEqualTo("p-sam");
                assertThat(entry.path("absenceReason").asText()).isEqualTo("SCHEDULING_CONFLICT");
                assertThat(entry.path("actor").asText()).isEqualTo("c-rivera");
                assertThat(entry.path("correlationId").asText()).isEqualTo("corr-e2e");
            });
            // Each read model has its own processor, so each is awaited on its own.
            await().atMost(PROPAGATION).untilAsserted(() -> {
                JsonNode schedule = client.query("/api/treatment-plans/plan-e2e/schedule").body();
                assertThat(schedule.path("sessions")).hasSize(2);
                assertThat(schedule.path("sessions").get(0).path("status").asText()).isEqualTo("HELD");
                assertThat(schedule.path("sessions").get(1).path("status").asText()).isEqualTo("SCHEDULED");
            });
            await().atMost(PROPAGATION).untilAsserted(() -> {
                JsonNode sam = partner(client.query("/api/treatment-plans/plan-e2e/absent-partner-summary").body(),
                        "p-sam");
                assertThat(sam.path("jointSessionsMissed").asInt()).isEqualTo(1);
                assertThat(sam.path("consecutiveJointSessionsMissed").asInt()).isEqualTo(1);
                assertThat(sam.path("displayName").asText()).as("opened by the query side").isEqualTo("Sam");
            });
            assertThat(storedPayload(platform, "plan-e2e", 0)).as("stored, and so published, sealed")
                    .doesNotContain("\"displayName\":\"Sam\"", "\"displayName\":\"Alex\"")
                    .contains("\"displayName\":\"sealed:v1:p-sam:");

            // Compliance shreds Sam (on an override: the record is young): Sam's name is gone from every answer, Alex's
            // stays, and the plan's history still verifies.
            assertThat(client.commandWith(TestIssuer.shared().person("privacy-officer", Role.COMPLIANCE),
                    "/api/participants/p-sam/shredding", """
                    {"reason":"ERASURE_REQUEST","overrideBasis":"Erasure request approved by the privacy officer"}
                    """, "corr-shred").status()).isEqualTo(200);
            await().atMost(PROPAGATION).untilAsserted(() -> {
                JsonNode summary = client.query("/api/treatment-plans/plan-e2e/absent-partner-summary").body();
                assertThat(partner(summary, "p-sam").path("displayName").asText()).isEqualTo("[erased]");
                assertThat(partner(summary, "p-alex").path("displayName").asText()).isEqualTo("Alex");
            });
            await().atMost(PROPAGATION).untilAsserted(() -> {
                assertThat(client.query("/api/treatment-plans/plan-e2e/fhir/Patient/p-sam").body()
                        .path("name").path(0).path("text").asText()).as("the FHIR export").isEqualTo("[erased]");
                assertThat(client.query("/api/treatment-plans/plan-e2e/fhir/Patient/p-alex").body()
                        .path("name").path(0).path("text").asText()).isEqualTo("Alex");
            });
            assertThat(client.commandSideGet("/actuator/event-store?planId=plan-e2e").body().path("verified")
                    .asBoolean()).isTrue();

            PlatformClient.Response unknown = client.query("/api/treatment-plans/plan-nowhere/schedule");
            assertThat(unknown.status()).isEqualTo(404);
            assertThat(unknown.contentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void aRestartOnTheSameDataDirectoryKeepsEverythingAndTakesNewCommands() {
        PlatformSettings settings = settings();
        try (TandemPlatform platform = TandemPlatform.start(settings)) {
            PlatformClient client = new PlatformClient(platform);
            openPlanWithTwoSessions(client, "plan-restart");
            client.command("/api/treatment-plans/plan-restart/joint-sessions/s-1/attendance", null);
            await().atMost(PROPAGATION).until(() -> client.query("/api/treatment-plans/plan-restart/attendance-audit")
                    .body().path("entries").size() == 1);
        }

        try (TandemPlatform restarted = TandemPlatform.start(settings)) {
            PlatformClient client = new PlatformClient(restarted);
            assertThat(client.query("/api/treatment-plans/plan-restart/attendance-audit").body()
                    .path("entries")).hasSize(1);

            assertThat(client.command("/api/treatment-plans/plan-restart/couples-therapy/pause",
                    """
                    {"reason":"EMOTIONAL_SAFETY","reviewOn":"%s"}
                    """.formatted(LocalDate.now().plusDays(60))).status()).isEqualTo(200);

            await().atMost(PROPAGATION).untilAsserted(() -> {
                JsonNode schedule = client.query("/api/treatment-plans/plan-restart/schedule").body();
                assertThat(schedule.path("couplesTherapy").path("paused").asBoolean()).isTrue();
                assertThat(schedule.path("sessions").get(1).path("status").asText()).isEqualTo("CANCELLED");
            });
            await().atMost(PROPAGATION).untilAsserted(() -> {
                JsonNode alex = partner(client.query("/api/treatment-plans/plan-restart/absent-partner-summary")
                        .body(), "p-alex");
                assertThat(alex.path("lastJointSessionAttended").path("sessionId").asText()).isEqualTo("s-1");
            });
            // The audit is unchanged by the restart: no event was projected twice.
            assertThat(client.query("/api/treatment-plans/plan-restart/attendance-audit").body()
                    .path("entries")).hasSize(1);
        }
    }

    private void openPlanWithTwoSessions(PlatformClient client, String planId) {
        assertThat(client.command("/api/treatment-plans", """
                {"planId":"%s","primaryClinicianId":"c-rivera",
                 "partners":[{"participantId":"p-alex","displayName":"Alex"},
                             {"participantId":"p-sam","displayName":"Sam"}]}
                """.formatted(planId)).status()).isEqualTo(201);
        for (String[] session : new String[][]{{"s-1", yesterday}, {"s-2", tomorrow}}) {
            assertThat(client.command("/api/treatment-plans/" + planId + "/joint-sessions", """
                    {"sessionId":"%s","startsAt":"%s","durationMinutes":90,"clinicianId":"c-rivera",
                     "expectedParticipantIds":["p-alex","p-sam"]}
                    """.formatted(session[0], session[1])).status()).isEqualTo(201);
        }
    }

    private static JsonNode partner(JsonNode summary, String participantId) {
        for (JsonNode partner : summary.path("partners")) {
            if (partner.path("participantId").asText().equals(participantId)) {
                return partner;
            }
        }
        throw new AssertionError("no partner " + participantId + " in " + summary);
    }

    private static String storedPayload(TandemPlatform platform, String planId, long sequence) throws SQLException {
        try (Connection connection = DriverManager.getConnection(platform.postgresJdbcUrl(),
                platform.postgresUsername(), platform.postgresPassword());
             PreparedStatement query = connection.prepareStatement("select payload from domainevententry "
                     + "where aggregateidentifier = ? and sequencenumber = ?")) {
            query.setString(1, planId);
            query.setLong(2, sequence);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return new String(row.getBytes(1), StandardCharsets.UTF_8);
            }
        }
    }

    private static List<String> storedEventTypes(TandemPlatform platform, String planId) throws SQLException {
        try (Connection connection = DriverManager.getConnection(platform.postgresJdbcUrl(),
                platform.postgresUsername(), platform.postgresPassword());
             PreparedStatement query = connection.prepareStatement(
                     "select payloadtype from domainevententry where aggregateidentifier = ? order by sequencenumber")) {
            query.setString(1, planId);
            List<String> types = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String type = rows.getString(1);
                    types.add(type.substring(type.lastIndexOf('.') + 1));
                }
            }
            return types;
        }
    }
}
