package care.tandem.command.api;

import care.tandem.command.plan.InvalidCommandException;
import care.tandem.command.plan.OpenTreatmentPlan;
import care.tandem.command.plan.PauseCouplesTherapy;
import care.tandem.command.plan.RecordJointAttendance;
import care.tandem.command.plan.RecordSoloAttendance;
import care.tandem.command.plan.ResumeCouplesTherapy;
import care.tandem.command.plan.ScheduleJointSession;
import care.tandem.events.id.ClinicianId;
import care.tandem.events.id.ParticipantId;
import care.tandem.events.id.PlanId;
import care.tandem.events.id.SessionId;
import care.tandem.events.plan.Partner;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

import static care.tandem.command.api.RequestIds.parse;
import static care.tandem.command.api.RequestIds.parseAll;

/**
 * The clinicians' command API for couples' treatment plans. Each call becomes one Axon command carrying
 * the request's audit metadata, and returns once the resulting events are stored.
 */
@RestController
@RequestMapping("/api/treatment-plans")
class TreatmentPlanController {

    private final CommandGateway commandGateway;

    TreatmentPlanController(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    CommandAccepted openTreatmentPlan(@RequestBody OpenTreatmentPlanRequest request, AuditContext audit) {
        PlanId planId = request.planId() == null ? PlanId.of(UUID.randomUUID().toString())
                : parse("planId", request.planId(), PlanId::of);
        if (request.partners() == null) {
            throw new InvalidCommandException("partners", "is required");
        }
        var partners = request.partners().stream()
                .map(partner -> new Partner(
                        parse("partners[].participantId", partner.participantId(), ParticipantId::of),
                        partner.displayName()))
                .toList();
        send(new OpenTreatmentPlan(planId, partners,
                parse("primaryClinicianId", request.primaryClinicianId(), ClinicianId::of), audit.receivedAt()), audit);
        return new CommandAccepted(planId.value(), null, audit.correlationId());
    }

    @PostMapping("/{planId}/joint-sessions")
    @ResponseStatus(HttpStatus.CREATED)
    CommandAccepted scheduleJointSession(@PathVariable String planId,
                                         @RequestBody ScheduleJointSessionRequest request, AuditContext audit) {
        PlanId plan = parse("planId", planId, PlanId::of);
        SessionId sessionId = request.sessionId() == null ? SessionId.of(UUID.randomUUID().toString())
                : parse("sessionId", request.sessionId(), SessionId::of);
        if (request.durationMinutes() == null) {
            throw new InvalidCommandException("durationMinutes", "is required");
        }
        send(new ScheduleJointSession(plan, sessionId, request.startsAt(), request.durationMinutes(),
                parse("clinicianId", request.clinicianId(), ClinicianId::of),
                parseAll("expectedParticipantIds", request.expectedParticipantIds(), ParticipantId::of)), audit);
        return new CommandAccepted(plan.value(), sessionId.value(), audit.correlationId());
    }

    @PostMapping("/{planId}/joint-sessions/{sessionId}/attendance")
    @ResponseStatus(HttpStatus.CREATED)
    CommandAccepted recordJointAttendance(@PathVariable String planId, @PathVariable String sessionId,
                                          AuditContext audit) {
        PlanId plan = parse("planId", planId, PlanId::of);
        SessionId session = parse("sessionId", sessionId, SessionId::of);
        send(new RecordJointAttendance(plan, session, audit.actor(), audit.receivedAt()), audit);
        return new CommandAccepted(plan.value(), session.value(), audit.correlationId());
    }

    @PostMapping("/{planId}/joint-sessions/{sessionId}/solo-attendance")
    @ResponseStatus(HttpStatus.CREATED)
    CommandAccepted recordSoloAttendance(@PathVariable String planId, @PathVariable String sessionId,
                                         @RequestBody RecordSoloAttendanceRequest request, AuditContext audit) {
        PlanId plan = parse("planId", planId, PlanId::of);
        SessionId session = parse("sessionId", sessionId, SessionId::of);
        send(new RecordSoloAttendance(plan, session,
                parse("attendingPartnerId", request.attendingPartnerId(), ParticipantId::of),
                parse("absentPartnerId", request.absentPartnerId(), ParticipantId::of),
                request.absenceReason(), request.reasonDetail(), audit.actor(), audit.receivedAt()), audit);
        return new CommandAccepted(plan.value(), session.value(), audit.correlationId());
    }

    @PostMapping("/{planId}/couples-therapy/pause")
    CommandAccepted pauseCouplesTherapy(@PathVariable String planId,
                                        @RequestBody PauseCouplesTherapyRequest request, AuditContext audit) {
        PlanId plan = parse("planId", planId, PlanId::of);
        send(new PauseCouplesTherapy(plan, request.reason(), request.reviewOn(), audit.actor(), audit.receivedAt()),
                audit);
        return new CommandAccepted(plan.value(), null, audit.correlationId());
    }

    @PostMapping("/{planId}/couples-therapy/resume")
    CommandAccepted resumeCouplesTherapy(@PathVariable String planId, AuditContext audit) {
        PlanId plan = parse("planId", planId, PlanId::of);
        send(new ResumeCouplesTherapy(plan, audit.actor(), audit.receivedAt()), audit);
        return new CommandAccepted(plan.value(), null, audit.correlationId());
    }

    private void send(Object command, AuditContext audit) {
        commandGateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(audit.asMetadata()));
    }
}
