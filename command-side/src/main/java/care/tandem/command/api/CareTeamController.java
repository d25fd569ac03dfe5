package care.tandem.command.api;

import care.tandem.command.delivery.AuditContext;
import care.tandem.command.delivery.PlanCommandGateway;
import care.tandem.command.plan.AddCareTeamMember;
import care.tandem.command.plan.RemoveCareTeamMember;
import care.tandem.events.id.ClinicianId;
import care.tandem.events.id.PlanId;
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

import static care.tandem.command.api.RequestIds.parse;

/** Who treats a plan besides its primary clinician: added and removed by the primary clinician, with a reason. */
@RestController
@Tag(name = "Care team", description = "Who besides the primary clinician may act on and read a plan")
@RequestMapping("/api/treatment-plans/{planId}/care-team")
class CareTeamController {

    private final PlanCommandGateway commands;

    CareTeamController(PlanCommandGateway commands) {
        this.commands = commands;
    }

    @Operation(summary = "Add a clinician to the plan's care team (primary clinician only)")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    CommandAccepted add(@PathVariable String planId, @Valid @RequestBody CareTeamMemberRequest request,
                        AuditContext audit) {
        PlanId plan = parse("planId", planId, PlanId::of);
        commands.send(new AddCareTeamMember(plan, parse("clinicianId", request.clinicianId(), ClinicianId::of),
                request.reason(), audit.actor(), audit.receivedAt()), audit);
        return CommandAccepted.forPlan(plan, audit);
    }

    @Operation(summary = "Remove a clinician from the plan's care team")
    @PostMapping("/{clinicianId}/removal")
    CommandAccepted remove(@PathVariable String planId, @PathVariable String clinicianId,
                           @Valid @RequestBody CareTeamRemovalRequest request, AuditContext audit) {
        PlanId plan = parse("planId", planId, PlanId::of);
        commands.send(new RemoveCareTeamMember(plan, parse("clinicianId", clinicianId, ClinicianId::of),
                request.reason(), audit.actor(), audit.receivedAt()), audit);
        return CommandAccepted.forPlan(plan, audit);
    }
}
