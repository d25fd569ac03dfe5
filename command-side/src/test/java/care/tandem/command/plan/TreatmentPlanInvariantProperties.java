package care.tandem.command.plan;

import care.tandem.events.EventMetadata;
import care.tandem.events.id.ClinicianId;
import care.tandem.events.id.ParticipantId;
import care.tandem.events.id.PlanId;
import care.tandem.events.id.SessionId;
import care.tandem.events.plan.AbsenceReason;
import care.tandem.events.plan.AdjustedFocus;
import care.tandem.events.plan.AttendanceCorrected;
import care.tandem.events.plan.AttendanceRecorded;
import care.tandem.events.plan.AttendanceStatus;
import care.tandem.events.plan.CancellationReason;
import care.tandem.events.plan.CouplesTherapyDiscontinued;
import care.tandem.events.plan.CouplesTherapyPaused;
import care.tandem.events.plan.CouplesTherapyResumed;
import care.tandem.events.plan.DiscontinuationReason;
import care.tandem.events.plan.JointAttendanceRecorded;
import care.tandem.events.plan.JointParticipation;
import care.tandem.events.plan.JointParticipationReason;
import care.tandem.events.plan.JointSessionHandling;
import care.tandem.events.plan.LevelOfCare;
import care.tandem.events.plan.LocationMode;
import care.tandem.events.plan.Member;
import care.tandem.events.plan.MemberRole;
import care.tandem.events.plan.ParticipantAttendance;
import care.tandem.events.plan.PartnerReadiness;
import care.tandem.events.plan.PauseReason;
import care.tandem.events.plan.Readiness;
import care.tandem.events.plan.SessionCancelled;
import care.tandem.events.plan.SessionKind;
import care.tandem.events.plan.SessionRescheduled;
import care.tandem.events.plan.SessionScheduled;
import care.tandem.events.plan.SoloAttendanceRecorded;
import care.tandem.events.plan.TherapistJudgement;
import care.tandem.events.plan.TreatmentPlanDischarged;
import care.tandem.events.plan.UnitKind;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.test.deadline.StubDeadlineManager;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Thousands of random command sequences against one couple's plan, through Axon's real command handling
 * and an in-memory event store. After every command, accepted or refused, the plan's whole event stream
 * must still satisfy the rules a clinic relies on.
 */
class TreatmentPlanInvariantProperties {

    private static final ParticipantId ALEX = ParticipantId.of("p-alex");
    private static final ParticipantId SAM = ParticipantId.of("p-sam");
    private static final List<ParticipantId> PARTNERS = List.of(ALEX, SAM);
    private static final ClinicianId CLINICIAN = ClinicianId.of("c-1");
    private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
    private static final int SESSION_IDS = 6;

    /** One step a clinician might take; times are hours after START, so steps can go back and forth in time. */
    record Step(int kind, int session, int hour, int variant) {
    }

    @Provide
    Arbitrary<List<Step>> journeys() {
        Arbitrary<Step> step = Combinators.combine(
                Arbitraries.integers().between(0, 13),
                Arbitraries.integers().between(0, SESSION_IDS - 1),
                Arbitraries.integers().between(0, 24 * 21),
                Arbitraries.integers().between(0, 4)).as(Step::new);
        return step.list().ofMinSize(5).ofMaxSize(40);
    }

    @Property(tries = 1000)
    void everyJourneyKeepsThePlansInvariants(@ForAll("journeys") List<Step> journey) {
        // A store of its own per journey: the in-memory engine scans every event on each read.
        Configuration axon = DefaultConfigurer.defaultConfiguration()
                .configureAggregate(TreatmentPlan.class)
                .configureEmbeddedEventStore(config -> new InMemoryEventStorageEngine())
                .registerComponent(SessionBookings.class, config -> new PermissiveBookings())
                // Deadlines are the fixture tests' business; here they must not fire between two steps.
                .registerComponent(DeadlineManager.class, config -> new StubDeadlineManager())
                .buildConfiguration();
        axon.start();
        try {
            PlanId plan = PlanId.of("plan-p");
            CommandGateway commands = axon.commandGateway();
            EventStore events = axon.eventStore();
            commands.sendAndWait(asTheCareTeam(new OpenTreatmentPlan(plan, UnitKind.COUPLE, List.of(
                    new Member(ALEX, "Alex", MemberRole.PARTNER, false, List.of()),
                    new Member(SAM, "Sam", MemberRole.PARTNER, false, List.of())), CLINICIAN, LevelOfCare.IOP_ADULT,
                    START)));
            for (Step step : journey) {
                int before = stream(events, plan).size();
                boolean accepted = tryCommand(commands, commandFor(plan, step));
                List<Object> after = stream(events, plan);
                if (!accepted) {
                    assertThat(after).as("a refused command appends nothing").hasSize(before);
                }
                assertInvariants(after);
            }
        } finally {
            axon.shutdown();
        }
    }

    private static boolean tryCommand(CommandGateway commands, Object command) {
        try {
            commands.sendAndWait(asTheCareTeam(command));
            return true;
        } catch (PlanRuleViolation | UnknownSessionException | InvalidCommandException | UnknownGoalException e) {
            return false;
        }
    }

    /** Sent as the primary clinician: who may act is CareTeamTest's business, the domain's rules this one's. */
    private static CommandMessage<?> asTheCareTeam(Object command) {
        return GenericCommandMessage.asCommandMessage(command)
                .andMetaData(Map.of(EventMetadata.ACTOR, CLINICIAN.value()));
    }

    private static Object commandFor(PlanId plan, Step step) {
        SessionId session = SessionId.of("s-" + step.session());
        Instant at = START.plus(Duration.ofHours(step.hour()));
        ParticipantId absent = step.variant() % 2 == 0 ? SAM : ALEX;
        ParticipantId attending = absent.equals(ALEX) ? SAM : ALEX;
        return switch (step.kind()) {
            case 0, 1 -> new ScheduleJointSession(plan, session, at, 60 + 30 * step.variant(), CLINICIAN, PARTNERS,
                    LocationMode.SEPARATE_LOCATIONS);
            case 2 -> new ScheduleSession(plan, session, SessionKind.INDIVIDUAL, at, 45, CLINICIAN, List.of(absent),
                    LocationMode.SEPARATE_LOCATIONS, null);
            case 3 -> new RecordJointAttendance(plan, session, CLINICIAN, at);
            case 4 -> new RecordSoloAttendance(plan, session, attending, absent, AbsenceReason.SCHEDULING_CONFLICT,
                    null, TherapistJudgement.ABSENCE_DOES_NOT_HINDER_PROGRESS, AdjustedFocus.COMMUNICATION_SKILLS,
                    CLINICIAN, at);
            case 5 -> new RecordAttendance(plan, session, PARTNERS.stream().map(p -> entry(p, step.variant())).toList(),
                    CLINICIAN, at);
            case 6 -> new PauseCouplesTherapy(plan, PauseReason.EMOTIONAL_SAFETY,
                    LocalDate.ofInstant(at, ZoneOffset.UTC).plusDays(7),
                    LocalDate.ofInstant(at, ZoneOffset.UTC).plusDays(7).atStartOfDay().toInstant(ZoneOffset.UTC),
                    step.variant() % 2 == 0 ? JointSessionHandling.CANCEL : JointSessionHandling.CONVERT_TO_INDIVIDUAL,
                    CLINICIAN, at);
            case 7 -> new ResumeCouplesTherapy(plan, List.of(new PartnerReadiness(ALEX, Readiness.READY),
                    new PartnerReadiness(SAM, Readiness.READY_WITH_RESERVATIONS)), CLINICIAN, at);
            case 8 -> new CancelSession(plan, session, CancellationReason.CLIENT_REQUEST, CLINICIAN, at);
            case 9 -> new RescheduleSession(plan, session, at, 90, CLINICIAN, at);
            case 10 -> new CorrectAttendance(plan, session, entry(absent, step.variant() + 1), "late entry fixed",
                    CLINICIAN, at);
            case 11 -> new SetJointParticipationExpectation(plan, JointParticipation.STRONGLY_ENCOURAGED,
                    JointParticipationReason.ACTIVE_CONFLICT, CLINICIAN, at);
            case 12 -> step.variant() == 0
                    ? new DischargeTreatmentPlan(plan, List.of(), CLINICIAN, at)
                    : new OfferMakeupSession(plan, session, CLINICIAN, at);
            default -> step.variant() == 0
                    ? new DiscontinueCouplesTherapy(plan, DiscontinuationReason.CLINICAL_DECISION, CLINICIAN, at)
                    : new InformPartnersOfAbsence(plan, session, CLINICIAN, at);
        };
    }

    private static AttendanceEntry entry(ParticipantId participant, int variant) {
        return switch (variant % 5) {
            case 0 -> new AttendanceEntry(participant, AttendanceStatus.ATTENDED, null, null, null);
            case 1 -> new AttendanceEntry(participant, AttendanceStatus.LATE, 10, null, null);
            case 2 -> new AttendanceEntry(participant, AttendanceStatus.LEFT_EARLY, null, 15, null);
            case 3 -> new AttendanceEntry(participant, AttendanceStatus.ABSENT, null, null,
                    AbsenceReason.EMOTIONAL_OVERWHELM);
            default -> new AttendanceEntry(participant, AttendanceStatus.NO_SHOW, null, null, null);
        };
    }

    private static List<Object> stream(EventStore events, PlanId plan) {
        return events.readEvents(plan.value()).asStream().map(DomainEventMessage::getPayload)
                .map(Object.class::cast).toList();
    }

    /** Folds the stream once, checking each event against what came before it. */
    private static void assertInvariants(List<Object> stream) {
        Map<SessionId, SessionScheduled> scheduled = new HashMap<>();
        Map<SessionId, Integer> durations = new HashMap<>();
        Set<SessionId> cancelled = new HashSet<>();
        Set<SessionId> attended = new HashSet<>();
        boolean paused = false;
        boolean discontinued = false;
        boolean discharged = false;
        for (Object event : stream) {
            assertThat(discharged).as("nothing happens to a discharged plan: %s", event).isFalse();
            if (event instanceof SessionScheduled s) {
                assertThat(scheduled).as("session ids are unique").doesNotContainKey(s.sessionId());
                if (s.kind() == SessionKind.COUPLES) {
                    assertThat(paused || discontinued).as("no joint session while paused or discontinued").isFalse();
                    assertThat(s.participants()).containsExactlyInAnyOrderElementsOf(PARTNERS);
                }
                assertThat(s.durationMinutes()).isPositive();
                scheduled.put(s.sessionId(), s);
                durations.put(s.sessionId(), s.durationMinutes());
            } else if (event instanceof SessionRescheduled r) {
                assertThat(cancelled).doesNotContain(r.sessionId());
                assertThat(attended).doesNotContain(r.sessionId());
                durations.put(r.sessionId(), r.durationMinutes());
            } else if (event instanceof SessionCancelled c) {
                assertThat(scheduled).containsKey(c.sessionId());
                assertThat(attended).as("a held session is not cancelled").doesNotContain(c.sessionId());
                assertThat(cancelled.add(c.sessionId())).as("cancelled once").isTrue();
            } else if (event instanceof JointAttendanceRecorded a) {
                recordAttendance(a.sessionId(), scheduled, cancelled, attended, true);
            } else if (event instanceof SoloAttendanceRecorded a) {
                recordAttendance(a.sessionId(), scheduled, cancelled, attended, true);
                assertThat(a.attendingPartner()).isNotEqualTo(a.absentPartner());
            } else if (event instanceof AttendanceRecorded a) {
                recordAttendance(a.sessionId(), scheduled, cancelled, attended, false);
                a.attendance().forEach(entry -> assertMinutes(entry, durations.get(a.sessionId())));
            } else if (event instanceof AttendanceCorrected c) {
                assertThat(attended).as("only recorded attendance is corrected").contains(c.sessionId());
                assertMinutes(c.corrected(), durations.get(c.sessionId()));
            } else if (event instanceof CouplesTherapyPaused) {
                assertThat(paused || discontinued).as("a pause needs active couples therapy").isFalse();
                paused = true;
            } else if (event instanceof CouplesTherapyResumed) {
                assertThat(paused).as("resuming requires a pause").isTrue();
                paused = false;
            } else if (event instanceof CouplesTherapyDiscontinued) {
                discontinued = true;
                paused = false;
            } else if (event instanceof TreatmentPlanDischarged) {
                discharged = true;
            }
        }
    }

    private static void recordAttendance(SessionId session, Map<SessionId, SessionScheduled> scheduled,
                                         Set<SessionId> cancelled, Set<SessionId> attended, boolean joint) {
        assertThat(scheduled).as("attendance only for a scheduled session").containsKey(session);
        assertThat(cancelled).as("no attendance on a cancelled session").doesNotContain(session);
        assertThat(attended.add(session)).as("attendance recorded once").isTrue();
        if (joint) {
            assertThat(scheduled.get(session).kind()).isEqualTo(SessionKind.COUPLES);
        }
    }

    private static void assertMinutes(ParticipantAttendance entry, int duration) {
        assertThat(entry.attendedMinutes()).as("attended minutes never negative nor above the session")
                .isBetween(0, duration);
    }

    /** Double booking spans plans and is tested against PostgreSQL; within one plan's journey it never refuses. */
    private static final class PermissiveBookings implements SessionBookings {

        @Override
        public void book(PlanId planId, SessionId sessionId, Instant startsAt, int durationMinutes,
                         List<ParticipantId> participants, ClinicianId clinician) {
            // every booking is accepted
        }

        @Override
        public void release(PlanId planId, SessionId sessionId) {
            // nothing to free
        }
    }
}
