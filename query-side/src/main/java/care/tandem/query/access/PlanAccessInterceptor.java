package care.tandem.query.access;

import care.tandem.access.Caller;
import care.tandem.access.MachineScope;
import care.tandem.access.Role;
import care.tandem.access.audit.AccessAttributes;
import care.tandem.access.audit.BreakTheGlassReason;
import care.tandem.events.id.Ids;
import care.tandem.events.id.PlanId;
import care.tandem.query.careteam.CareTeamDocument;
import care.tandem.query.careteam.CareTeams;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

import java.util.Map;
import java.util.Optional;

/**
 * A participant reads their own record only. A clinician reads a plan only while its care team admits them (primary clinician, added member, or clinician of
 * one of its sessions); a colleague's calendar shows them only those plans' sessions (the calendar's controller
 * narrows it). Outside the care team they may break the glass by stating a
 * reason in {@value BreakTheGlassReason#HEADER}: the read is answered and flagged in the access audit for review.
 * Trusted systems ({@code plans.read}) and compliance staff (on the audit endpoints their role opens) pass.
 */
@Component
class PlanAccessInterceptor implements HandlerInterceptor {

    private final CareTeams careTeams;

    PlanAccessInterceptor(CareTeams careTeams) {
        this.careTeams = careTeams;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Caller caller = (Caller) request.getAttribute(Caller.REQUEST_ATTRIBUTE);
        Map<?, ?> variables = (Map<?, ?>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (caller == null || variables == null || caller.has(MachineScope.PLANS_READ)
                || caller.has(Role.COMPLIANCE)) {
            return true; // the endpoint rules already decided for these callers
        }
        if (!caller.has(Role.CLINICIAN)) {
            return !caller.has(Role.PARTICIPANT) || ownRecord(caller, variables);
        }
        if (variables.get("planId") == null && variables.get("participantId") instanceof String person
                && Ids.isValid(person)) {
            if (careTeams.ofPerson(person).stream().anyMatch(team -> team.admits(caller.subject()))) {
                return true;
            }
            return brokeTheGlass(request, "the clinician is on no care team of this person");
        }
        if (!(variables.get("planId") instanceof String planId) || !Ids.isValid(planId)) {
            return true; // the endpoint refuses a malformed id itself, disclosing nothing
        }
        Optional<CareTeamDocument> team = careTeams.find(PlanId.of(planId));
        if (team.isPresent() && team.get().admits(caller.subject())) {
            return true;
        }
        return brokeTheGlass(request, "the clinician is not on this plan's care team");
    }

    /**
     * A participant reads what is about them alone: the path names their own participant id (a plan's view of them
     * answers 404 if they are no member of it).
     */
    private static boolean ownRecord(Caller caller, Map<?, ?> variables) {
        if (caller.participantId() == null || !caller.participantId().equals(variables.get("participantId"))) {
            throw new NotOwnRecordException();
        }
        return true;
    }

    /** Outside the care team only with a stated reason: answered, and flagged in the access audit. */
    private static boolean brokeTheGlass(HttpServletRequest request, String refusal) {
        String reason = request.getHeader(BreakTheGlassReason.HEADER);
        if (reason != null) {
            AccessAttributes.brokeTheGlass(request, BreakTheGlassReason.valueOf(reason.strip()));
            return true;
        }
        throw new NotOnCareTeamException(refusal + "; state a reason in " + BreakTheGlassReason.HEADER
                + " to break the glass");
    }
}
