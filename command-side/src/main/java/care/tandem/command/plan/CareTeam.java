package care.tandem.command.plan;

import care.tandem.events.id.ClinicianId;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;

import java.util.Set;
import java.util.HashSet;

/** Who treats a plan: its primary clinician and the clinicians added to its care team. */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
final class CareTeam {

    private ClinicianId primaryClinician;
    private Set<ClinicianId> members;

    private CareTeam() {
        // Jackson, for snapshots.
    }

    CareTeam(ClinicianId primaryClinician) {
        this.primaryClinician = primaryClinician;
        this.members = new HashSet<>();
    }

    boolean includes(ClinicianId clinician) {
        return primaryClinician.equals(clinician) || members.contains(clinician);
    }

    boolean isPrimary(ClinicianId clinician) {
        return primaryClinician.equals(clinician);
    }

    void add(ClinicianId clinician) {
        members.add(clinician);
    }

    void remove(ClinicianId clinician) {
        members.remove(clinician);
    }
}
