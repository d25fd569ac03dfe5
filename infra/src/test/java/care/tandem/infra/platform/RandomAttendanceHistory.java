package care.tandem.infra.platform;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drives a seeded-random attendance history of one couple's plan through the command API: sessions of several
 * kinds scheduled, rescheduled and cancelled, attendance recorded jointly, solo and per participant, and corrected,
 * some corrections corrected again; by several clinicians, each command with its own correlation id. Every session
 * lies in the past (attendance is recorded only once a session has started), each in a slot of its own, so that no
 * booking collides.
 */
final class RandomAttendanceHistory {

    private enum State { SCHEDULED, CANCELLED, RECORDED }

    private static final class Session {
        final String id;
        final boolean joint;
        final List<String> participants;
        State state = State.SCHEDULED;

        Session(String id, boolean joint, List<String> participants) {
            this.id = id;
            this.joint = joint;
            this.participants = participants;
        }
    }

    static final List<String> PARTNERS = List.of("p-alex", "p-sam");
    private static final List<String> CLINICIANS = List.of("c-rivera", "c-okafor", "c-lindqvist");
    private static final List<String> ABSENCE_REASONS = List.of(
            "SCHEDULING_CONFLICT", "EMOTIONAL_OVERWHELM", "EARLY_RECOVERY_STABILIZATION",
            "TEMPORARY_CONFLICT_OR_SEPARATION");
    /** Free text as a clinician might type it, some of it meant to trip up a CSV or a spreadsheet. */
    private static final List<String> FREE_TEXT = List.of(
            "camera was off", "joined late, from the car", "=HYPERLINK(\"x\")", "said \"sorry\"", "-3 minutes",
            "@front desk", "line one\nline two");
    private static final Duration SLOT = Duration.ofHours(3);

    private final Random random;
    private final PlatformClient client;
    private final String planId;
    private final Instant firstSlot = Instant.now().minus(120, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
    private final List<Session> sessions = new ArrayList<>();
    private final List<Instant> starts = new ArrayList<>();
    private int commands;

    RandomAttendanceHistory(long seed, PlatformClient client, String planId) {
        this.random = new Random(seed);
        this.client = client;
        this.planId = planId;
    }

    /**
     * Opens the plan and puts every clinician of the history on its care team (each command is sent as one of them),
     * then sends the given number of further commands.
     */
    void drive(int commandCount) {
        send("/api/treatment-plans", """
                {"planId":"%s","primaryClinicianId":"%s",
                 "partners":[{"participantId":"p-alex","displayName":"Alex"},
                             {"participantId":"p-sam","displayName":"Sam"}]}""".formatted(planId, CLINICIANS.get(0)),
                CLINICIANS.get(0));
        for (String coTherapist : CLINICIANS.subList(1, CLINICIANS.size())) {
            send("/api/treatment-plans/" + planId + "/care-team", """
                    {"clinicianId":"%s","reason":"CO_THERAPIST"}""".formatted(coTherapist), CLINICIANS.get(0));
        }
        while (commands < commandCount) {
            int roll = random.nextInt(12);
            if (roll < 3 || none(State.SCHEDULED) && none(State.RECORDED)) {
                schedule();
            } else if (roll < 4 && !none(State.SCHEDULED)) {
                reschedule(pick(State.SCHEDULED));
            } else if (roll < 5 && !none(State.SCHEDULED)) {
                cancel(pick(State.SCHEDULED));
            } else if (roll < 9 && !none(State.SCHEDULED)) {
                record(pick(State.SCHEDULED));
            } else if (!none(State.RECORDED)) {
                correct(pick(State.RECORDED));
            }
        }
    }

    /** Every instant a session of the plan starts or started at, rescheduled ones included. */
    List<Instant> sessionStarts() {
        return List.copyOf(starts);
    }

    private void schedule() {
        String id = "s-" + (sessions.size() + 1);
        Instant startsAt = nextSlot();
        String clinician = oneOf(CLINICIANS);
        int kind = random.nextInt(3);
        if (kind == 0) {
            send("/api/treatment-plans/" + planId + "/joint-sessions", """
                    {"sessionId":"%s","startsAt":"%s","durationMinutes":60,"clinicianId":"%s",
                     "expectedParticipantIds":["p-alex","p-sam"]}""".formatted(id, startsAt, clinician));
            sessions.add(new Session(id, true, PARTNERS));
        } else {
            List<String> participants = kind == 1 ? List.of(oneOf(PARTNERS)) : PARTNERS;
            send("/api/treatment-plans/" + planId + "/sessions", """
                    {"sessionId":"%s","kind":"%s","startsAt":"%s","durationMinutes":60,"clinicianId":"%s",
                     "participantIds":%s,"locationMode":"SAME_LOCATION"}""".formatted(id, kind == 1 ? "INDIVIDUAL" : "FAMILY", startsAt, clinician,
                    jsonList(participants)));
            sessions.add(new Session(id, false, participants));
        }
    }

    private void reschedule(Session session) {
        send(sessionPath(session) + "/reschedule", """
                {"startsAt":"%s","durationMinutes":%d}""".formatted(nextSlot(), 60 + 30 * random.nextInt(2)));
    }

    private void cancel(Session session) {
        send(sessionPath(session) + "/cancel", "{\"reason\":\"CLIENT_REQUEST\"}");
        session.state = State.CANCELLED;
    }

    private void record(Session session) {
        int way = session.joint ? random.nextInt(3) : 2;
        if (way == 0) {
            send("/api/treatment-plans/" + planId + "/joint-sessions/" + session.id + "/attendance", null);
        } else if (way == 1) {
            int attending = random.nextInt(2);
            boolean other = random.nextInt(3) == 0;
            send("/api/treatment-plans/" + planId + "/joint-sessions/" + session.id + "/solo-attendance", """
                    {"attendingPartnerId":"%s","absentPartnerId":"%s","absenceReason":"%s",%s
                     "therapistJudgement":"ABSENCE_HINDERS_PROGRESS","adjustedFocus":"RELAPSE_PREVENTION"}"""
                    .formatted(PARTNERS.get(attending), PARTNERS.get(1 - attending),
                            other ? "OTHER" : oneOf(ABSENCE_REASONS),
                            other ? "\"reasonDetail\":" + jsonString(oneOf(FREE_TEXT)) + "," : ""));
        } else {
            List<String> entries = session.participants.stream().map(this::attendanceOf).toList();
            send(sessionPath(session) + "/attendance", "{\"attendance\":[" + String.join(",", entries) + "]}");
        }
        session.state = State.RECORDED;
    }

    private void correct(Session session) {
        String attendance = attendanceOf(oneOf(session.participants));
        send(sessionPath(session) + "/attendance-corrections", attendance.substring(0, attendance.length() - 1)
                + ",\"correctionReason\":" + jsonString(oneOf(FREE_TEXT)) + "}");
    }

    /** Late and early minutes stay below the shortest duration a session is given. */
    private String attendanceOf(String participant) {
        return switch (random.nextInt(5)) {
            case 0 -> "{\"participantId\":\"%s\",\"status\":\"ATTENDED\"}".formatted(participant);
            case 1 -> "{\"participantId\":\"%s\",\"status\":\"LATE\",\"minutesLate\":%d}"
                    .formatted(participant, 1 + random.nextInt(59));
            case 2 -> "{\"participantId\":\"%s\",\"status\":\"LEFT_EARLY\",\"minutesLeftEarly\":%d}"
                    .formatted(participant, 1 + random.nextInt(59));
            case 3 -> "{\"participantId\":\"%s\",\"status\":\"ABSENT\",\"absenceReason\":\"%s\"}"
                    .formatted(participant, oneOf(ABSENCE_REASONS));
            default -> "{\"participantId\":\"%s\",\"status\":\"NO_SHOW\"}".formatted(participant);
        };
    }

    private void send(String path, String body) {
        send(path, body, oneOf(CLINICIANS));
    }

    private void send(String path, String body, String clinician) {
        PlatformClient.Response response = client.command(path, body, clinician, "proof-" + commands);
        assertThat(response.status()).as("%s answered %s", path, response.body()).isBetween(200, 299);
        commands++;
    }

    private Instant nextSlot() {
        Instant slot = firstSlot.plus(SLOT.multipliedBy(starts.size()));
        starts.add(slot);
        return slot;
    }

    private String sessionPath(Session session) {
        return "/api/treatment-plans/" + planId + "/sessions/" + session.id;
    }

    private boolean none(State state) {
        return sessionsIn(state).isEmpty();
    }

    private Session pick(State state) {
        return oneOf(sessionsIn(state));
    }

    private List<Session> sessionsIn(State state) {
        return sessions.stream().filter(session -> session.state == state).toList();
    }

    private <T> T oneOf(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    private static String jsonList(List<String> values) {
        return "[" + String.join(",", values.stream().map(RandomAttendanceHistory::jsonString).toList()) + "]";
    }

    private static String jsonString(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
