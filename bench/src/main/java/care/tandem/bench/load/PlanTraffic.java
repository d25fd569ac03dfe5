package care.tandem.bench.load;

import care.tandem.command.api.AttendanceEntryRequest;
import care.tandem.command.api.CancelSessionRequest;
import care.tandem.command.api.OpenTreatmentPlanRequest;
import care.tandem.command.api.PartnerRequest;
import care.tandem.command.api.RecordAttendanceRequest;
import care.tandem.command.api.RescheduleSessionRequest;
import care.tandem.command.api.ReviseRecoveryGoalRequest;
import care.tandem.command.api.ScheduleJointSessionRequest;
import care.tandem.command.api.ScheduleSessionRequest;
import care.tandem.command.api.SetRecoveryGoalRequest;
import care.tandem.events.plan.AttendanceStatus;
import care.tandem.events.plan.CancellationReason;
import care.tandem.events.plan.GoalScope;
import care.tandem.events.plan.LocationMode;
import care.tandem.events.plan.SessionKind;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The commands of the load: couples' plans, each going round a cycle a clinic goes through (schedule a session that
 * took place, record its attendance, the same for a joint session, schedule one ahead, reschedule it, revise the
 * plan's recovery goal, cancel the session ahead). Every plan starts at its own place in the cycle, so the mix is
 * there from the first second; a step whose precondition is not met yet (attendance before any session) sends the
 * command that meets it instead.
 * <p>
 * Nobody is booked twice: each plan has its own partners, plans that share a clinician take turns in the slot grid
 * (slot {@code k} of a plan in group {@code g} starts at {@code base + (k * groups + g) * 2 h}), and a plan never
 * reuses a slot. A plan has at most one command in flight, so its commands arrive in the order the cycle needs.
 */
final class PlanTraffic {

    /** A command of the load, named after its endpoint (the metric's {@code command} tag says the same). */
    enum Kind {
        OPEN_PLAN, SCHEDULE_SESSION, RECORD_ATTENDANCE, SCHEDULE_JOINT_SESSION, RECORD_JOINT_ATTENDANCE,
        SCHEDULE_SESSION_AHEAD, RESCHEDULE_SESSION, SET_RECOVERY_GOAL, REVISE_RECOVERY_GOAL, CANCEL_SESSION
    }

    /** One request: what the command API takes, and what the plan remembers once it was accepted. */
    record Command(Kind kind, String path, String clinicianId, String body, Consumer<Plan> accepted, Plan plan) {
    }

    private static final String PLANS = "/api/treatment-plans";
    private static final Duration SLOT = Duration.ofHours(2);
    private static final int SESSION_MINUTES = 60;
    private static final List<Kind> CYCLE = List.of(Kind.SCHEDULE_SESSION, Kind.RECORD_ATTENDANCE,
            Kind.SCHEDULE_JOINT_SESSION, Kind.RECORD_JOINT_ATTENDANCE, Kind.SCHEDULE_SESSION_AHEAD,
            Kind.RESCHEDULE_SESSION, Kind.REVISE_RECOVERY_GOAL, Kind.CANCEL_SESSION);
    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    private final List<Plan> plans = new ArrayList<>();
    private final int groups;
    private final Instant pastBase;
    private final Instant aheadBase;
    private final long pastSlots;
    private final AtomicInteger next = new AtomicInteger();

    PlanTraffic(LoadConfig config, Instant now) {
        int clinicians = Math.min(config.clinicians(), config.plans());
        this.groups = (config.plans() + clinicians - 1) / clinicians;
        Instant hour = now.truncatedTo(ChronoUnit.HOURS);
        // The command API takes sessions starting up to 366 days back and 731 days ahead (README, "Input rules").
        this.pastBase = hour.minus(Duration.ofDays(365));
        this.aheadBase = hour.plus(Duration.ofDays(1));
        this.pastSlots = Duration.between(pastBase, hour.minus(SLOT)).dividedBy(SLOT.multipliedBy(groups));
        Random random = new Random(config.seed());
        for (int i = 0; i < config.plans(); i++) {
            plans.add(new Plan(String.format("lp-%05d", i + 1), String.format("c-%04d", i % clinicians + 1),
                    i / clinicians, random.nextInt(CYCLE.size())));
        }
    }

    List<String> planIds() {
        return plans.stream().map(Plan::id).toList();
    }

    /** Opens every plan: a couple, each partner their own participant. */
    List<Command> openings() {
        return plans.stream().map(plan -> new Command(Kind.OPEN_PLAN, PLANS, plan.clinicianId,
                json(new OpenTreatmentPlanRequest(plan.id, null, null,
                        List.of(new PartnerRequest(plan.partnerA(), "Partner A"),
                                new PartnerRequest(plan.partnerB(), "Partner B")),
                        plan.clinicianId, null, null)), p -> { }, plan)).toList();
    }

    /**
     * The prerequisite of every plan whose next step needs one (a session to record, one to reschedule), so that from
     * the first measured command on every plan sends the step it stands at, and the plans' random starting places
     * give the measured steps the whole cycle's mix. Without it, a step that reaches each plan once sends almost only
     * prerequisites: schedules. Only for a closed loop with nothing else in flight.
     */
    List<Command> preparation() {
        return plans.stream().filter(plan -> prerequisiteOf(CYCLE.get(plan.position), plan) != CYCLE.get(plan.position))
                .map(this::commandFor).toList();
    }

    /**
     * The next plan's next command, round robin over the plans, skipping any plan whose previous command is still in
     * flight; null when every plan is busy. The caller must call {@link #finished} once the answer is in.
     */
    Command next() {
        for (int tries = 0; tries < plans.size(); tries++) {
            Plan plan = plans.get(Math.floorMod(next.getAndIncrement(), plans.size()));
            if (plan.inFlight.compareAndSet(false, true)) {
                return commandFor(plan);
            }
        }
        return null;
    }

    void finished(Command command, boolean accepted) {
        if (accepted) {
            command.accepted().accept(command.plan());
        }
        command.plan().inFlight.set(false);
    }

    private Command commandFor(Plan plan) {
        Kind due = CYCLE.get(plan.position);
        Kind sent = prerequisiteOf(due, plan);
        Command command = switch (sent) {
            case SCHEDULE_SESSION -> scheduleSession(plan);
            case RECORD_ATTENDANCE -> recordAttendance(plan);
            case SCHEDULE_JOINT_SESSION -> scheduleJointSession(plan);
            case RECORD_JOINT_ATTENDANCE -> recordJointAttendance(plan);
            case SCHEDULE_SESSION_AHEAD -> scheduleSessionAhead(plan);
            case RESCHEDULE_SESSION -> reschedule(plan);
            case SET_RECOVERY_GOAL -> setGoal(plan);
            case REVISE_RECOVERY_GOAL -> reviseGoal(plan);
            case CANCEL_SESSION -> cancel(plan);
            case OPEN_PLAN -> throw new IllegalStateException("plans are opened before the load");
        };
        // A prerequisite leaves the plan where it was, so the step it made possible comes next.
        return sent != due ? command : new Command(command.kind(), command.path(), command.clinicianId(),
                command.body(), command.accepted().andThen(p -> p.position = (p.position + 1) % CYCLE.size()), plan);
    }

    /** The step itself, or the command that makes it possible. */
    private static Kind prerequisiteOf(Kind due, Plan plan) {
        return switch (due) {
            case RECORD_ATTENDANCE -> plan.pastSession == null ? Kind.SCHEDULE_SESSION : due;
            case RECORD_JOINT_ATTENDANCE -> plan.pastJointSession == null ? Kind.SCHEDULE_JOINT_SESSION : due;
            case RESCHEDULE_SESSION, CANCEL_SESSION -> plan.sessionAhead == null ? Kind.SCHEDULE_SESSION_AHEAD : due;
            case REVISE_RECOVERY_GOAL -> plan.goalSet ? due : Kind.SET_RECOVERY_GOAL;
            default -> due;
        };
    }

    /** An individual session of partner A that has taken place, so that its attendance can be recorded. */
    private Command scheduleSession(Plan plan) {
        return scheduleIndividual(Kind.SCHEDULE_SESSION, plan, pastStart(plan), plan.partnerA(),
                (p, session) -> p.pastSession = session);
    }

    private Command recordAttendance(Plan plan) {
        return command(Kind.RECORD_ATTENDANCE, plan, "/sessions/" + plan.pastSession + "/attendance",
                new RecordAttendanceRequest(List.of(
                        new AttendanceEntryRequest(plan.partnerA(), AttendanceStatus.ATTENDED, null, null, null))),
                p -> p.pastSession = null);
    }

    private Command scheduleJointSession(Plan plan) {
        String session = plan.newSessionId();
        return command(Kind.SCHEDULE_JOINT_SESSION, plan, "/joint-sessions", new ScheduleJointSessionRequest(
                        session, pastStart(plan), SESSION_MINUTES, plan.clinicianId,
                        List.of(plan.partnerA(), plan.partnerB()), null),
                p -> p.pastJointSession = session);
    }

    private Command recordJointAttendance(Plan plan) {
        return command(Kind.RECORD_JOINT_ATTENDANCE, plan, "/joint-sessions/" + plan.pastJointSession
                + "/attendance", null, p -> p.pastJointSession = null);
    }

    /** An individual session of partner B still ahead, so that it can be rescheduled and cancelled. */
    private Command scheduleSessionAhead(Plan plan) {
        return scheduleIndividual(Kind.SCHEDULE_SESSION_AHEAD, plan, aheadStart(plan), plan.partnerB(),
                (p, session) -> p.sessionAhead = session);
    }

    private Command scheduleIndividual(Kind kind, Plan plan, Instant start, String participant,
                                       BiConsumer<Plan, String> remember) {
        String session = plan.newSessionId();
        return command(kind, plan, "/sessions", new ScheduleSessionRequest(session, SessionKind.INDIVIDUAL, start,
                        SESSION_MINUTES, plan.clinicianId, List.of(participant), LocationMode.NOT_RECORDED, null),
                p -> remember.accept(p, session));
    }

    private Command reschedule(Plan plan) {
        return command(Kind.RESCHEDULE_SESSION, plan, "/sessions/" + plan.sessionAhead + "/reschedule",
                new RescheduleSessionRequest(aheadStart(plan), SESSION_MINUTES), p -> { });
    }

    private Command cancel(Plan plan) {
        return command(Kind.CANCEL_SESSION, plan, "/sessions/" + plan.sessionAhead + "/cancel",
                new CancelSessionRequest(CancellationReason.CLIENT_REQUEST), p -> p.sessionAhead = null);
    }

    private Command setGoal(Plan plan) {
        return command(Kind.SET_RECOVERY_GOAL, plan, "/goals", new SetRecoveryGoalRequest(Plan.GOAL,
                GoalScope.SHARED, null, "Weekly check-in on the shared recovery plan"), p -> p.goalSet = true);
    }

    private Command reviseGoal(Plan plan) {
        return command(Kind.REVISE_RECOVERY_GOAL, plan, "/goals/" + Plan.GOAL + "/revisions",
                new ReviseRecoveryGoalRequest("Weekly check-in, revision " + plan.sessions), p -> { });
    }

    private static Command command(Kind kind, Plan plan, String rest, Object body, Consumer<Plan> accepted) {
        return new Command(kind, PLANS + "/" + plan.id + rest, plan.clinicianId, body == null ? null : json(body),
                accepted, plan);
    }

    private Instant pastStart(Plan plan) {
        long slot = plan.pastSlots++;
        if (slot >= pastSlots) {
            throw new IllegalStateException("plan " + plan.id + " ran out of past slots: use more clinicians");
        }
        return pastBase.plus(SLOT.multipliedBy(slot * groups + plan.group));
    }

    private Instant aheadStart(Plan plan) {
        return aheadBase.plus(SLOT.multipliedBy(plan.aheadSlots++ * groups + plan.group));
    }

    private static String json(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a command as JSON", e);
        }
    }

    /**
     * One plan's place in the cycle and what it holds. Only the thread that took {@link #inFlight} touches the
     * fields, and the flag's release and acquire order them across threads.
     */
    static final class Plan {

        static final String GOAL = "g-1";

        private final String id;
        private final String clinicianId;
        private final int group;
        private final AtomicBoolean inFlight = new AtomicBoolean();
        private int position;
        private int sessions;
        private long pastSlots;
        private long aheadSlots;
        private String pastSession;
        private String pastJointSession;
        private String sessionAhead;
        private boolean goalSet;

        Plan(String id, String clinicianId, int group, int position) {
            this.id = id;
            this.clinicianId = clinicianId;
            this.group = group;
            this.position = position;
        }

        String id() {
            return id;
        }

        String partnerA() {
            return id + "-a";
        }

        String partnerB() {
            return id + "-b";
        }

        String newSessionId() {
            return id + "-s" + ++sessions;
        }
    }
}
