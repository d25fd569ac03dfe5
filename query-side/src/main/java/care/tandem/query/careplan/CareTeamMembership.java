package care.tandem.query.careplan;

import java.time.Instant;

/** A clinician's time on the plan's care team; {@code until} is null while they are on it. */
public record CareTeamMembership(String clinicianId, boolean primary, Instant since, Instant until) {

    CareTeamMembership ending(Instant at) {
        return new CareTeamMembership(clinicianId, primary, since, at);
    }

    boolean isCurrent() {
        return until == null;
    }
}
