package care.tandem.query.export.fhir;

import care.tandem.query.careplan.CarePlanRecordDocument;
import care.tandem.query.careplan.UnitMember;
import care.tandem.query.config.ClinicTime;
import care.tandem.query.consent.PlanConsent;
import care.tandem.query.readmodel.ScheduledSession;

import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * What the FHIR export says of one plan: its record, its sessions as scheduled and held, and its consents; dates are
 * the clinic's.
 */
record FhirPlan(CarePlanRecordDocument record, List<ScheduledSession> sessions, List<PlanConsent> consents,
                ClinicTime clinicTime) {

    String planId() {
        return record.planId();
    }

    Optional<UnitMember> member(String participantId) {
        return record.members().stream().filter(member -> member.participantId().equals(participantId)).findFirst();
    }

    /** The care team's clinicians and the clinicians of its sessions, once each, in id order. */
    List<String> clinicianIds() {
        TreeSet<String> ids = new TreeSet<>();
        record.careTeam().forEach(membership -> ids.add(membership.clinicianId()));
        sessions.forEach(session -> ids.add(session.clinician()));
        record.goals().forEach(goal -> ids.add(goal.setBy()));
        return List.copyOf(ids);
    }

    boolean isDischarged() {
        return record.dischargedAt() != null;
    }
}
