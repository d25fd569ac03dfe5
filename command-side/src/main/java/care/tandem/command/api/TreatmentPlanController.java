package care.tandem.command.api;

import care.tandem.command.delivery.AuditContext;
import care.tandem.command.delivery.PlanCommandGateway;
import care.tandem.command.plan.AddMember;
import care.tandem.command.plan.ChangeLevelOfCare;
import care.tandem.command.plan.DischargeTreatmentPlan;
import care.tandem.command.plan.InvalidCommandException;
import care.tandem.command.plan.OpenTreatmentPlan;
import care.tandem.command.plan.RecordMemberLeft;
import care.tandem.command.plan.ReviseRecoveryGoal;
import care.tandem.command.plan.SetRecoveryGoal;
import care.tandem.events.id.ClinicianId;
import care.tandem.events.id.GoalId;
import care.tandem.events.id.ParticipantId;
import care.tandem.events.id.PlanId;
import care.tandem.events.plan.AftercareReferral;
import care.tandem.events.plan.LevelOfCare;
import care.tandem.events.plan.Member;
import care.tandem.events.plan.MemberRole;
import care.tandem.events.plan.UnitKind;
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

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static care.tandem.command.api.RequestIds.asSent;
import static care.tandem.command.api.RequestIds.eachOf;
import static care.tandem.command.api.RequestIds.parse;
import static care.tandem.command.api.RequestIds.parseAll;

/** Opening a plan, its members, level of care, recovery goals and discharge. */
@RestController
@Tag(name = "Treatment plans", description = "Opening a plan, its members, level of care, recovery goals and discharge")
@RequestMapping("/api/treatment-plans")
class TreatmentPlanController {

    private final PlanCommandGateway commands;

    TreatmentPlanController(PlanCommandGateway commands) {
        this.commands = commands;
    }

    @Operation(summary = "Open a treatment plan for a couple or a family")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    CommandAccepted openTreatmentPlan(@Valid @RequestBody OpenTreatmentPlanRequest request, AuditContext audit) {
        PlanId planId = request.planId() == null ? PlanId.of(UUID.randomUUID().toString())
                : parse("planId", request.planId(), PlanId::of);
        UnitKind unitKind = request.unitKind();
        LevelOfCare levelOfCare = request.levelOfCare();
        List<Member> members;
        String membersField;
        if (request.members() != null) {
            membersField = "members";
            members = eachOf(membersField, request.members(), TreatmentPlanController::member);
        } else if (request.partners() != null) {
            membersField = "partners";
            unitKind = unitKind == null ? UnitKind.COUPLE : unitKind;
            levelOfCare = levelOfCare == null ? LevelOfCare.IOP_ADULT : levelOfCare;
            members = eachOf(membersField, request.partners(), (path, partner) -> new Member(
                    parse(path + ".participantId", partner.participantId(), ParticipantId::of),
                    partner.displayName(), MemberRole.PARTNER, false, List.of()));
        } else {
            throw new InvalidCommandException("members", "is required (or, for a couple, partners)");
        }
        Instant openedAt = request.openedAt() == null ? audit.receivedAt() : request.openedAt();
        if (openedAt.isAfter(audit.receivedAt())) {
            throw new InvalidCommandException("openedAt", "a plan cannot take effect in the future");
        }
        UnitKind unit = unitKind;
        LevelOfCare level = levelOfCare;
        OpenTreatmentPlan command = asSent(() -> new OpenTreatmentPlan(planId, unit, members,
                parse("primaryClinicianId", request.primaryClinicianId(), ClinicianId::of), level, openedAt),
                "members", membersField, ".guardians", ".guardianIds");
        commands.send(command, audit);
        return CommandAccepted.forPlan(planId, audit);
    }

    @Operation(summary = "Add a member to a family plan")
    @PostMapping("/{planId}/members")
    @ResponseStatus(HttpStatus.CREATED)
    CommandAccepted addMember(@PathVariable String planId, @Valid @RequestBody MemberRequest request,
                              AuditContext audit) {
        PlanId plan = parse("planId", planId, PlanId::of);
        // The body is the member itself, which the command and the plan's rules call "member".
        asSent(() -> commands.send(new AddMember(plan, member("member", request), audit.actor(), audit.receivedAt()),
                audit), "member.guardians", "guardianIds", "member.", "", ".guardians", ".guardianIds");
        return CommandAccepted.forPlan(plan, audit);
    }

    @Operation(summary = "Record that a member left the plan")
    @PostMapping("/{planId}/members/{participantId}/departure")
    CommandAccepted recordMemberLeft(@PathVariable String planId, @PathVariable String participantId,
                                     @Valid @RequestBody MemberLeftRequest request, AuditContext audit) {
        PlanId plan = parse("planId", planId, PlanId::of);
        commands.send(new RecordMemberLeft(plan, parse("participantId", participantId, ParticipantId::of),
                request.reason(), audit.actor(), audit.receivedAt()), audit);
        return CommandAccepted.forPlan(plan, audit);
    }

    @Operation(summary = "Change the plan's level of care")
    @PostMapping("/{planId}/level-of-care")
    CommandAccepted changeLevelOfCare(@PathVariable String planId, @Valid @RequestBody ChangeLevelOfCareRequest request,
                                      AuditContext audit) {
        PlanId plan = parse("planId", planId, PlanId::of);
        commands.send(new ChangeLevelOfCare(plan, request.newLevel(), request.reason(), audit.actor(),
                audit.receivedAt()), audit);
        return CommandAccepted.forPlan(plan, audit);
    }

    @Operation(summary = "Set a recovery goal, shared by the unit or of one member")
    @PostMapping("/{planId}/goals")
    @ResponseStatus(HttpStatus.CREATED)
    CommandAccepted setRecoveryGoal(@PathVariable String planId, @Valid @RequestBody SetRecoveryGoalRequest request,
                                    AuditContext audit) {
        PlanId plan = parse("planId", planId, PlanId::of);
        GoalId goalId = request.goalId() == null ? GoalId.of(UUID.randomUUID().toString())
                : parse("goalId", request.goalId(), GoalId::of);
        commands.send(new SetRecoveryGoal(plan, goalId, request.scope(),
                parse("participantId", request.participantId(), ParticipantId::of), request.description(),
                audit.actor(), audit.receivedAt()), audit);
        return CommandAccepted.forGoal(plan, goalId, audit);
    }

    @Operation(summary = "Revise a recovery goal")
    @PostMapping("/{planId}/goals/{goalId}/revisions")
    CommandAccepted reviseRecoveryGoal(@PathVariable String planId, @PathVariable String goalId,
                                       @Valid @RequestBody ReviseRecoveryGoalRequest request, AuditContext audit) {
        PlanId plan = parse("planId", planId, PlanId::of);
        GoalId goal = parse("goalId", goalId, GoalId::of);
        commands.send(new ReviseRecoveryGoal(plan, goal, request.description(), audit.actor(), audit.receivedAt()),
                audit);
        return CommandAccepted.forGoal(plan, goal, audit);
    }

    @Operation(summary = "Discharge the plan with aftercare referrals (closes it for good)")
    @PostMapping("/{planId}/discharge")
    CommandAccepted discharge(@PathVariable String planId, @Valid @RequestBody DischargeTreatmentPlanRequest request,
                              AuditContext audit) {
        PlanId plan = parse("planId", planId, PlanId::of);
        List<AftercareReferral> referrals = eachOf("aftercareReferrals", request.aftercareReferrals(),
                (path, referral) -> new AftercareReferral(referral.kind(), referral.description()));
        commands.send(new DischargeTreatmentPlan(plan, referrals, audit.actor(), audit.receivedAt()), audit);
        return CommandAccepted.forPlan(plan, audit);
    }

    /** The member at the given path of the request: {@code members[1]}, or {@code member} for a body of its own. */
    private static Member member(String field, MemberRequest request) {
        return new Member(parse(field + ".participantId", request.participantId(), ParticipantId::of),
                request.displayName(), request.role(), Boolean.TRUE.equals(request.minor()),
                parseAll(field + ".guardianIds", request.guardianIds(), ParticipantId::of));
    }
}
