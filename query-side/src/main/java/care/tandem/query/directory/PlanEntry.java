package care.tandem.query.directory;

import care.tandem.events.plan.LevelOfCare;
import care.tandem.events.plan.UnitKind;
import care.tandem.query.directory.PlanDirectoryDocument.CouplesTherapyPause;

import java.time.Instant;
import java.util.List;

/**
 * A treatment plan as the directory of plans knows it: its unit, primary clinician and level of care in force, when it
 * opened and was discharged ({@code dischargedAt} null while open), and every pause of couples therapy, earliest first
 * ({@code endedAt} null while the pause lasts; resuming, discontinuing and discharging end it). No members, no names.
 */
public record PlanEntry(
        String planId,
        UnitKind unitKind,
        String primaryClinicianId,
        LevelOfCare levelOfCare,
        Instant openedAt,
        Instant dischargedAt,
        List<CouplesTherapyPause> couplesTherapyPauses) {

    static PlanEntry from(PlanDirectoryDocument plan) {
        return new PlanEntry(plan.planId(), plan.unitKind(), plan.primaryClinicianId(), plan.levelOfCare(),
                             plan.openedAt(), plan.dischargedAt(), plan.couplesTherapyPauses());
    }
}
