package care.tandem.command.api;

import care.tandem.command.delivery.AuditContext;
import care.tandem.command.delivery.PlanCommandGateway;
import care.tandem.command.plan.AttendanceEntry;
import care.tandem.command.plan.CancelSession;
import care.tandem.command.plan.CorrectAttendance;
import care.tandem.command.plan.DeclineMakeupSession;
import care.tandem.command.plan.InformPartnersOfAbsence;
import care.tandem.command.plan.InvalidCommandException;
import care.tandem.command.plan.OfferMakeupSession;
import care.tandem.command.plan.OfferSessionSummary;
import care.tandem.command.plan.RecordAttendance;
import care.tandem.command.plan.RecordJointAttendance;
import care.tandem.command.plan.RecordSoloAttendance;
import care.tandem.command.plan.RescheduleSession;
import care.tandem.command.plan.ScheduleJointSession;
import care.tandem.command.plan.ScheduleSession;
import care.tandem.events.id.ClinicianId;
import care.tandem.events.id.ParticipantId;
import care.tandem.events.id.PlanId;
import care.tandem.events.id.SessionId;
import care.tandem.events.plan.LocationMode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

import static care.tandem.command.api.RequestIds.asSent;
import static care.tandem.command.api.RequestIds.eachOf;
import static care.tandem.command.api.RequestIds.parse;
import static care.tandem.command.api.RequestIds.parseAll;

/**
 * Sessions of a plan: scheduling, moving, cancelling, attendance and its corrections, and the follow-up of
 * a joint session one partner missed. Joint sessions keep their own routes ({@code /joint-sessions}); they
 * share one id space with every other session of the plan.
 */
@RestController
@Tag(name = "Sessions", description = "Scheduling, moving and cancelling sessions, attendance and its corrections, "
        + "and the follow-up of a joint session one partner missed")
@RequestMapping("/api/treatment-plans/{planId}")
class SessionController {

    private final PlanCommandGateway commands;

    SessionController(PlanCommandGateway commands) {
        this.commands = commands;
    }

    @Operation(summary = "Schedule a joint couples session")
    @PostMapping("/joint-sessions")
    @ResponseStatus(HttpStatus.CREATED)
    CommandAccepted scheduleJointSession(@PathVariable String planId,
                                         @Valid @RequestBody ScheduleJointSessionRequest request, AuditContext audit) {
        PlanId plan = parse("planId", planId, PlanId::of);
        SessionId session = newOrGiven(request.sessionId());
        commands.send(new ScheduleJointSession(plan, session, request.startsAt(),
                required(request.durationMinutes(), "durationMinutes"),
                parse("clinicianId", request.clinicianId(), ClinicianId::of),
                parseAll("expectedParticipantIds", request.expectedParticipantIds(), ParticipantId::of),
                request.locationMode() == null ? LocationMode.NOT_RECORDED : request.locationMode()), audit);
        return CommandAccepted.forSession(plan, session, audit);
    }

    @Operation(summary = "Schedule a session of any kind (here: the makeup for a missed joint session)")
    @PostMapping("/sessions")
    @ResponseStatus(HttpStatus.CREATED)
    CommandAccepted scheduleSession(@PathVariable String planId, @Valid @RequestBody ScheduleSessionRequest request,
                                    AuditContext audit) {
        PlanId plan = parse("planId", planId, PlanId::of);
        SessionId session = newOrGiven(request.sessionId());
        commands.send(new ScheduleSession(plan, session, request.kind(), request.startsAt(),
                required(request.durationMinutes(), "durationMinutes"),
                parse("clinicianId", request.clinicianId(), ClinicianId::of),
                parseAll("participantIds", request.participantIds(), ParticipantId::of), request.locationMode(),
                parse("makeupFor", request.makeupFor(), SessionId::of)), audit);
        return CommandAccepted.forSession(plan, session, audit);
    }

    @Operation(summary = "Move a session")
    @PostMapping("/sessions/{sessionId}/reschedule")
    CommandAccepted reschedule(@PathVariable String planId, @PathVariable String sessionId,
                               @Valid @RequestBody RescheduleSessionRequest request, AuditContext audit) {
        return forSession(planId, sessionId, audit, (plan, session) ->
                new RescheduleSession(plan, session, request.startsAt(),
                        required(request.durationMinutes(), "durationMinutes"), audit.actor(), audit.receivedAt()));
    }

    @Operation(summary = "Cancel a session")
    @PostMapping("/sessions/{sessionId}/cancel")
    CommandAccepted cancel(@PathVariable String planId, @PathVariable String sessionId,
                           @Valid @RequestBody CancelSessionRequest request, AuditContext audit) {
        return forSession(planId, sessionId, audit, (plan, session) ->
                new CancelSession(plan, session, request.reason(), audit.actor(), audit.receivedAt()));
    }

    @Operation(summary = "Record that every expected partner attended")
    @PostMapping("/joint-sessions/{sessionId}/attendance")
    @ResponseStatus(HttpStatus.CREATED)
    CommandAccepted recordJointAttendance(@PathVariable String planId, @PathVariable String sessionId,
                                          AuditContext audit) {
        return forSession(planId, sessionId, audit, (plan, session) ->
                new RecordJointAttendance(plan, session, audit.actor(), audit.receivedAt()));
    }

    @Operation(summary = "Record that one partner came alone, and why the other was absent")
    @PostMapping("/joint-sessions/{sessionId}/solo-attendance")
    @ResponseStatus(HttpStatus.CREATED)
    CommandAccepted recordSoloAttendance(@PathVariable String planId, @PathVariable String sessionId,
                                         @Valid @RequestBody RecordSoloAttendanceRequest request, AuditContext audit) {
        return forSession(planId, sessionId, audit, (plan, session) ->
                new RecordSoloAttendance(plan, session,
                        parse("attendingPartnerId", request.attendingPartnerId(), ParticipantId::of),
                        parse("absentPartnerId", request.absentPartnerId(), ParticipantId::of),
                        request.absenceReason(), request.reasonDetail(), request.therapistJudgement(),
                        request.adjustedFocus(), audit.actor(), audit.receivedAt()));
    }

    @Operation(summary = "Record each participant's attendance")
    @PostMapping("/sessions/{sessionId}/attendance")
    @ResponseStatus(HttpStatus.CREATED)
    CommandAccepted recordAttendance(@PathVariable String planId, @PathVariable String sessionId,
                                     @Valid @RequestBody RecordAttendanceRequest request, AuditContext audit) {
        if (request.attendance() == null) {
            throw new InvalidCommandException("attendance", "is required");
        }
        List<AttendanceEntry> entries = eachOf("attendance", request.attendance(), (path, entry) ->
                asSent(() -> new AttendanceEntry(parse(path + ".participantId", entry.participantId(),
                        ParticipantId::of), entry.status(), entry.minutesLate(), entry.minutesLeftEarly(),
                        entry.absenceReason()), "attendance[]", path));
        return forSession(planId, sessionId, audit, (plan, session) ->
                new RecordAttendance(plan, session, entries, audit.actor(), audit.receivedAt()));
    }

    @Operation(summary = "Correct one participant's recorded attendance (the original stays on record)")
    @PostMapping("/sessions/{sessionId}/attendance-corrections")
    @ResponseStatus(HttpStatus.CREATED)
    CommandAccepted correctAttendance(@PathVariable String planId, @PathVariable String sessionId,
                                      @Valid @RequestBody CorrectAttendanceRequest request, AuditContext audit) {
        return forSession(planId, sessionId, audit, (plan, session) ->
                new CorrectAttendance(plan, session, correctedEntry(request), request.correctionReason(),
                        audit.actor(), audit.receivedAt()));
    }

    @Operation(summary = "Record that both partners were informed of a partner's absence")
    @PostMapping("/sessions/{sessionId}/partners-informed")
    CommandAccepted partnersInformed(@PathVariable String planId, @PathVariable String sessionId, AuditContext audit) {
        return forSession(planId, sessionId, audit, (plan, session) ->
                new InformPartnersOfAbsence(plan, session, audit.actor(), audit.receivedAt()));
    }

    @Operation(summary = "Record that the absent partner was offered a summary of the session")
    @PostMapping("/sessions/{sessionId}/summary-offer")
    CommandAccepted offerSummary(@PathVariable String planId, @PathVariable String sessionId, AuditContext audit) {
        return forSession(planId, sessionId, audit, (plan, session) ->
                new OfferSessionSummary(plan, session, audit.actor(), audit.receivedAt()));
    }

    @Operation(summary = "Record that the absent partner was offered a makeup session")
    @PostMapping("/sessions/{sessionId}/makeup-offer")
    CommandAccepted offerMakeup(@PathVariable String planId, @PathVariable String sessionId, AuditContext audit) {
        return forSession(planId, sessionId, audit, (plan, session) ->
                new OfferMakeupSession(plan, session, audit.actor(), audit.receivedAt()));
    }

    @Operation(summary = "Record that the absent partner declined the makeup session")
    @PostMapping("/sessions/{sessionId}/makeup-declined")
    CommandAccepted makeupDeclined(@PathVariable String planId, @PathVariable String sessionId, AuditContext audit) {
        return forSession(planId, sessionId, audit, (plan, session) ->
                new DeclineMakeupSession(plan, session, audit.actor(), audit.receivedAt()));
    }

    /** A correction's body is the corrected entry itself, with its reason beside it. */
    private static AttendanceEntry correctedEntry(CorrectAttendanceRequest request) {
        return asSent(() -> new AttendanceEntry(parse("participantId", request.participantId(), ParticipantId::of),
                request.status(), request.minutesLate(), request.minutesLeftEarly(), request.absenceReason()),
                "attendance[].", "");
    }

    /** A command about one existing session of the plan, built from the parsed ids. */
    private interface SessionCommand {
        Object about(PlanId plan, SessionId session);
    }

    private CommandAccepted forSession(String planId, String sessionId, AuditContext audit, SessionCommand command) {
        PlanId plan = parse("planId", planId, PlanId::of);
        SessionId session = parse("sessionId", sessionId, SessionId::of);
        commands.send(command.about(plan, session), audit);
        return CommandAccepted.forSession(plan, session, audit);
    }

    private static SessionId newOrGiven(String sessionId) {
        return sessionId == null ? SessionId.of(UUID.randomUUID().toString())
                : parse("sessionId", sessionId, SessionId::of);
    }

    private static int required(Integer value, String field) {
        if (value == null) {
            throw new InvalidCommandException(field, "is required");
        }
        return value;
    }
}
