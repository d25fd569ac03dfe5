package care.tandem.command.api;

import care.tandem.access.testing.TestIssuer;
import care.tandem.command.testing.CommandSideHttpTest;
import care.tandem.command.testing.TestPostgres;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two clinicians' tools book the same clinician into overlapping sessions of two different plans at the
 * same moment: the consistent booking lookup in PostgreSQL lets exactly one through, round after round.
 */
@CommandSideHttpTest
class DoubleBookingRaceTest {

    private static final int ROUNDS = 20;

    static final EmbeddedPostgres POSTGRES = TestPostgres.start();


    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry, POSTGRES);
    }

    @Autowired
    TestRestTemplate http;

    @Test
    void twoConcurrentBookingsOfOneClinicianSlotLetExactlyOneThrough() throws Exception {
        openCouple("plan-race-a", "p-a1", "p-a2");
        openCouple("plan-race-b", "p-b1", "p-b2");
        Instant base = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);

        ExecutorService clients = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                Instant slot = base.plus(round * 3L, ChronoUnit.HOURS);
                CountDownLatch start = new CountDownLatch(1);
                List<CompletableFuture<ResponseEntity<Map>>> bookings = new ArrayList<>();
                for (String[] plan : new String[][]{{"plan-race-a", "p-a1", "p-a2"}, {"plan-race-b", "p-b1", "p-b2"}}) {
                    bookings.add(CompletableFuture.supplyAsync(() -> {
                        awaitQuietly(start);
                        return post("/api/treatment-plans/" + plan[0] + "/joint-sessions", Map.of(
                                "startsAt", slot.toString(), "durationMinutes", 90, "clinicianId", "c-shared",
                                "expectedParticipantIds", List.of(plan[1], plan[2])));
                    }, clients));
                }
                start.countDown();

                List<Integer> statuses = bookings.stream().map(CompletableFuture::join)
                        .map(response -> response.getStatusCode().value()).sorted().toList();
                assertThat(statuses).as("round %d", round).containsExactly(201, 409);
                ResponseEntity<Map> refused = bookings.stream().map(CompletableFuture::join)
                        .filter(response -> response.getStatusCode().value() == 409).findFirst().orElseThrow();
                assertThat(refused.getBody()).containsEntry("rule", "double-booking");
            }
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    void aParticipantCannotBeInTwoOverlappingSessionsOfOnePlan() {
        openCouple("plan-overlap", "p-o1", "p-o2");
        Instant slot = Instant.now().plus(40, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        assertThat(post("/api/treatment-plans/plan-overlap/sessions", Map.of("kind", "INDIVIDUAL",
                "startsAt", slot.toString(), "durationMinutes", 60, "clinicianId", "c-one",
                "participantIds", List.of("p-o1"), "locationMode", "SEPARATE_LOCATIONS")).getStatusCode().value())
                .isEqualTo(201);

        ResponseEntity<Map> overlapping = post("/api/treatment-plans/plan-overlap/sessions", Map.of("kind", "INDIVIDUAL",
                "startsAt", slot.plus(30, ChronoUnit.MINUTES).toString(), "durationMinutes", 60, "clinicianId",
                "c-two", "participantIds", List.of("p-o1"), "locationMode", "SEPARATE_LOCATIONS"));

        assertThat(overlapping.getStatusCode().value()).isEqualTo(409);
        assertThat(overlapping.getBody()).containsEntry("rule", "double-booking");
        assertThat(post("/api/treatment-plans/plan-overlap/sessions", Map.of("kind", "INDIVIDUAL",
                "startsAt", slot.plus(60, ChronoUnit.MINUTES).toString(), "durationMinutes", 60, "clinicianId",
                "c-two", "participantIds", List.of("p-o1"), "locationMode", "SEPARATE_LOCATIONS"))
                .getStatusCode().value()).as("back to back is not an overlap").isEqualTo(201);
    }

    private void openCouple(String planId, String first, String second) {
        assertThat(post("/api/treatment-plans", Map.of("planId", planId, "primaryClinicianId", "c-shared",
                "partners", List.of(Map.of("participantId", first, "displayName", "A"),
                        Map.of("participantId", second, "displayName", "B")))).getStatusCode().value()).isEqualTo(201);
    }

    private ResponseEntity<Map> post(String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setBearerAuth(TestIssuer.shared().clinician("c-shared"));
        return http.postForEntity(path, new HttpEntity<>(body, headers), Map.class);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
