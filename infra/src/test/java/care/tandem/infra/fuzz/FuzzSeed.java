package care.tandem.infra.fuzz;

import care.tandem.access.MachineScope;
import care.tandem.access.testing.TestIssuer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.temporal.ChronoUnit;

/** The plans the fuzzer's valid requests act on, opened through the command API before the fuzzing starts. */
final class FuzzSeed {

    private final FuzzState state;
    private final String commandSide;
    private final HttpClient http = HttpClient.newHttpClient();

    FuzzSeed(FuzzState state, int commandPort) {
        this.state = state;
        this.commandSide = "http://127.0.0.1:" + commandPort;
    }

    void plant() throws IOException, InterruptedException {
        for (String couple : state.couples()) {
            post("/api/treatment-plans", """
                    {"planId":"%s","primaryClinicianId":"c-rivera","partners":[
                     {"participantId":"p-alex","displayName":"Alex"},{"participantId":"p-sam","displayName":"Sam"}]}"""
                    .formatted(couple));
            int hour = 0;
            for (String session : state.sessions()) {
                boolean past = session.startsWith("s-past");
                String startsAt = state.start().plus(past ? -24 - hour : 24 + hour, ChronoUnit.HOURS).toString();
                hour += 2;
                post("/api/treatment-plans/" + couple + "/joint-sessions", """
                        {"sessionId":"%s","startsAt":"%s","durationMinutes":60,"clinicianId":"c-%s",
                         "expectedParticipantIds":["p-alex","p-sam"]}"""
                        .formatted(session, startsAt, couple.equals(FuzzState.COUPLE) ? "rivera" : "kim"));
            }
            for (String goal : state.goals()) {
                post("/api/treatment-plans/" + couple + "/goals",
                        "{\"goalId\":\"%s\",\"scope\":\"SHARED\",\"description\":\"Weekly check-in\"}".formatted(goal));
            }
        }
        post("/api/treatment-plans", """
                {"planId":"%s","unitKind":"FAMILY","levelOfCare":"IOP_ADOLESCENT","primaryClinicianId":"c-kim",
                 "members":[{"participantId":"p-morgan","displayName":"Morgan","role":"PARENT"},
                  {"participantId":"p-kit","displayName":"Kit","role":"ADOLESCENT","minor":true,
                   "guardianIds":["p-morgan"]}]}"""
                .formatted(FuzzState.FAMILY));
        post("/api/treatment-plans/" + FuzzState.FAMILY + "/sessions", """
                {"sessionId":"s-fam-1","kind":"FAMILY","startsAt":"%s","durationMinutes":60,"clinicianId":"c-kim",
                 "participantIds":["p-morgan","p-kit"],"locationMode":"SEPARATE_LOCATIONS"}"""
                .formatted(state.start().minus(30, ChronoUnit.HOURS)));
    }

    private void post(String path, String body) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(commandSide + path))
                .header("Content-Type", "application/json")
                .header("Authorization", TestIssuer.bearer(TestIssuer.shared().machine("fuzz-seeder",
                        MachineScope.PLANS_WRITE)))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("Seeding " + path + " answered " + response.statusCode() + ": "
                    + response.body());
        }
    }
}
