package care.tandem.query.export.fhir;

import care.tandem.events.id.PlanId;
import care.tandem.query.careplan.CarePlanRecordDocument;
import care.tandem.query.careplan.CarePlanRecords;
import care.tandem.query.careplan.UnitMember;
import care.tandem.query.config.ClinicTime;
import care.tandem.query.consent.PlanConsents;
import care.tandem.query.schedule.ScheduledSessions;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** Gathers what the FHIR export says of a plan from the read models that hold it. */
@Component
class FhirPlans {

    private final CarePlanRecords records;
    private final ScheduledSessions sessions;
    private final PlanConsents consents;
    private final ClinicTime clinicTime;

    FhirPlans(CarePlanRecords records, ScheduledSessions sessions, PlanConsents consents, ClinicTime clinicTime) {
        this.records = records;
        this.sessions = sessions;
        this.consents = consents;
        this.clinicTime = clinicTime;
    }

    Optional<FhirPlan> of(PlanId planId, Instant at) {
        return records.of(planId).map(record -> gathered(record, at));
    }

    /** The plans the caller may see that were open at some time in [from, to), in plan id order. */
    List<FhirPlan> openDuring(Instant from, Instant to, Predicate<String> visible, Instant at) {
        return records.everyPlan().stream()
                .filter(record -> record.openDuring(from, to) && visible.test(record.planId()))
                .map(record -> gathered(record, at))
                .toList();
    }

    private FhirPlan gathered(CarePlanRecordDocument record, Instant at) {
        PlanId planId = PlanId.of(record.planId());
        return new FhirPlan(record, sessions.of(planId), consents.of(record.planId(),
                record.members().stream().map(UnitMember::participantId).toList(), at), clinicTime);
    }
}
