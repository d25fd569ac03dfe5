package care.tandem.query.careplan;

import care.tandem.events.plan.CareTeamMemberAdded;
import care.tandem.events.plan.CareTeamMemberRemoved;
import care.tandem.events.plan.LevelOfCareChanged;
import care.tandem.events.plan.MemberAdded;
import care.tandem.events.plan.MemberLeft;
import care.tandem.events.plan.RecoveryGoalRevised;
import care.tandem.events.plan.RecoveryGoalSet;
import care.tandem.events.plan.TreatmentPlanDischarged;
import care.tandem.events.plan.TreatmentPlanOpened;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

/** Keeps each plan's record for other systems: its unit, care team over time and recovery goals. */
@Component
@ProcessingGroup(CarePlanRecordProjection.PROCESSING_GROUP)
public class CarePlanRecordProjection {

    public static final String PROCESSING_GROUP = "care-plan-records";

    private final CarePlanRecords records;

    CarePlanRecordProjection(CarePlanRecords records) {
        this.records = records;
    }

    @EventHandler
    void on(TreatmentPlanOpened event, @SequenceNumber long sequenceNumber) {
        records.apply(event.planId(), sequenceNumber, plan -> plan.opened(event.unitKind(), event.levelOfCare(),
                event.openedAt(), event.members().stream().map(member -> UnitMember.of(member, event.openedAt()))
                        .toList(), event.primaryClinician().value()));
    }

    @EventHandler
    void on(LevelOfCareChanged event, @SequenceNumber long sequenceNumber) {
        records.apply(event.planId(), sequenceNumber, plan -> plan.withLevelOfCare(event.newLevel()));
    }

    @EventHandler
    void on(MemberAdded event, @SequenceNumber long sequenceNumber) {
        records.apply(event.planId(), sequenceNumber,
                plan -> plan.withMember(UnitMember.of(event.member(), event.addedAt())));
    }

    @EventHandler
    void on(MemberLeft event, @SequenceNumber long sequenceNumber) {
        records.apply(event.planId(), sequenceNumber,
                plan -> plan.withMemberLeft(event.participantId().value(), event.leftAt()));
    }

    @EventHandler
    void on(CareTeamMemberAdded event, @SequenceNumber long sequenceNumber) {
        records.apply(event.planId(), sequenceNumber,
                plan -> plan.withClinician(event.clinician().value(), event.addedAt()));
    }

    @EventHandler
    void on(CareTeamMemberRemoved event, @SequenceNumber long sequenceNumber) {
        records.apply(event.planId(), sequenceNumber,
                plan -> plan.withoutClinician(event.clinician().value(), event.removedAt()));
    }

    @EventHandler
    void on(RecoveryGoalSet event, @SequenceNumber long sequenceNumber) {
        records.apply(event.planId(), sequenceNumber, plan -> plan.withGoal(new RecoveryGoal(event.goalId().value(),
                event.scope(), event.participantId() == null ? null : event.participantId().value(),
                event.description(), event.setBy().value(), event.setAt(), null)));
    }

    @EventHandler
    void on(RecoveryGoalRevised event, @SequenceNumber long sequenceNumber) {
        records.apply(event.planId(), sequenceNumber,
                plan -> plan.withGoalRevised(event.goalId().value(), event.description(), event.revisedAt()));
    }

    @EventHandler
    void on(TreatmentPlanDischarged event, @SequenceNumber long sequenceNumber) {
        records.apply(event.planId(), sequenceNumber, plan -> plan.discharged(event.dischargedAt()));
    }

    @ResetHandler
    void forgetEveryRecord() {
        records.deleteAll();
    }
}
