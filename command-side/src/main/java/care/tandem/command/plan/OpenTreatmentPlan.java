package care.tandem.command.plan;

import care.tandem.events.id.ClinicianId;
import care.tandem.events.id.PlanId;
import care.tandem.events.plan.Partner;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;

import static care.tandem.command.plan.CommandChecks.distinct;
import static care.tandem.command.plan.CommandChecks.required;
import static care.tandem.command.plan.CommandChecks.requiredText;

public record OpenTreatmentPlan(
        @TargetAggregateIdentifier PlanId planId,
        List<Partner> partners,
        ClinicianId primaryClinician,
        Instant openedAt) {

    static final int MAX_DISPLAY_NAME_LENGTH = 100;

    public OpenTreatmentPlan {
        required(planId, "planId");
        required(partners, "partners");
        if (partners.size() != 2) {
            throw new InvalidCommandException("partners", "a couple's plan has exactly two partners");
        }
        partners = partners.stream()
                .map(p -> new Partner(required(p.participantId(), "partners[].participantId"),
                        requiredText(p.displayName(), "partners[].displayName", MAX_DISPLAY_NAME_LENGTH)))
                .toList();
        distinct(partners.stream().map(Partner::participantId).toList(), "partners");
        required(primaryClinician, "primaryClinicianId");
        required(openedAt, "openedAt");
    }
}
