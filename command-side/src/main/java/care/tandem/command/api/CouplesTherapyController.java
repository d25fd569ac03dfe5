package care.tandem.command.api;

import care.tandem.command.delivery.AuditContext;
import care.tandem.command.delivery.PlanCommandGateway;
import care.tandem.command.plan.DiscontinueCouplesTherapy;
import care.tandem.command.plan.InvalidCommandException;
import care.tandem.command.plan.PauseCouplesTherapy;
import care.tandem.command.plan.ResumeCouplesTherapy;
import care.tandem.command.plan.SetJointParticipationExpectation;
import care.tandem.events.id.ParticipantId;
import care.tandem.events.id.PlanId;
import care.tandem.events.plan.JointSessionHandling;
import care.tandem.events.plan.PartnerReadiness;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.ZoneId;
import java.util.List;

import static care.tandem.command.api.RequestIds.eachOf;
import static care.tandem.command.api.RequestIds.parse;

/** Pausing, resuming and discontinuing couples therapy, and how strongly joint attendance is expected. */
@RestController
@Tag(name = "Couples therapy", description = "Pausing, resuming and discontinuing couples therapy, and how "
        + "strongly joint attendance is expected")
@RequestMapping("/api/treatment-plans/{planId}")
class CouplesTherapyController {

    private final PlanCommandGateway commands;
    private final ZoneId clinicZone;

    CouplesTherapyController(PlanCommandGateway commands, @Value("${tandem.clinic.time-zone}") ZoneId clinicZone) {
        this.commands = commands;
        this.clinicZone = clinicZone;
    }

    @Operation(summary = "Pause couples therapy until a review date")
    @PostMapping("/couples-therapy/pause")
    CommandAccepted pause(@PathVariable String planId, @Valid @RequestBody PauseCouplesTherapyRequest request,
                          AuditContext audit) {
        PlanId plan = parse("planId", planId, PlanId::of);
        if (request.reviewOn() == null) {
            throw new InvalidCommandException("reviewOn", "is required");
        }
        // The review falls due when the review day starts at the clinic.
        commands.send(new PauseCouplesTherapy(plan, request.reason(), request.reviewOn(),
                request.reviewOn().atStartOfDay(clinicZone).toInstant(),
                request.jointSessionHandling() == null ? JointSessionHandling.CANCEL : request.jointSessionHandling(),
                audit.actor(), audit.receivedAt()), audit);
        return CommandAccepted.forPlan(plan, audit);
    }

    @Operation(summary = "Resume couples therapy with each partner's readiness")
    @PostMapping("/couples-therapy/resume")
    CommandAccepted resume(@PathVariable String planId, @Valid @RequestBody ResumeCouplesTherapyRequest request,
                           AuditContext audit) {
        PlanId plan = parse("planId", planId, PlanId::of);
        if (request.readiness() == null) {
            throw new InvalidCommandException("readiness", "is required: each partner's readiness");
        }
        List<PartnerReadiness> readiness = eachOf("readiness", request.readiness(), (path, entry) ->
                new PartnerReadiness(parse(path + ".participantId", entry.participantId(), ParticipantId::of),
                        entry.readiness()));
        commands.send(new ResumeCouplesTherapy(plan, readiness, audit.actor(), audit.receivedAt()), audit);
        return CommandAccepted.forPlan(plan, audit);
    }

    @Operation(summary = "Discontinue couples therapy (cancels joint sessions ahead)")
    @PostMapping("/couples-therapy/discontinue")
    CommandAccepted discontinue(@PathVariable String planId,
                                @Valid @RequestBody DiscontinueCouplesTherapyRequest request,
                                AuditContext audit) {
        PlanId plan = parse("planId", planId, PlanId::of);
        commands.send(new DiscontinueCouplesTherapy(plan, request.reason(), audit.actor(), audit.receivedAt()), audit);
        return CommandAccepted.forPlan(plan, audit);
    }

    @Operation(summary = "Set how strongly joint attendance is expected")
    @PostMapping("/joint-participation")
    CommandAccepted setJointParticipation(@PathVariable String planId,
                                          @Valid @RequestBody JointParticipationRequest request,
                                          AuditContext audit) {
        PlanId plan = parse("planId", planId, PlanId::of);
        commands.send(new SetJointParticipationExpectation(plan, request.expectation(), request.reason(),
                audit.actor(), audit.receivedAt()), audit);
        return CommandAccepted.forPlan(plan, audit);
    }
}
