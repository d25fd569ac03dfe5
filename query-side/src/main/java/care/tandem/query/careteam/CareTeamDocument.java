package care.tandem.query.careteam;

import care.tandem.query.readmodel.DocumentKey;
import care.tandem.query.readmodel.PlanDocument;
import org.bson.codecs.pojo.annotations.BsonId;

import java.util.List;
import java.util.TreeSet;

/**
 * Who may read a plan and whom it is about, keyed {@code plan/<planId>}: its primary clinician, the clinicians added
 * to its care team, the clinicians of its sessions, and the ids of its members (for the access audit). Ids only.
 */
public record CareTeamDocument(
        @BsonId String id,
        long lastAppliedSequence,
        String primaryClinicianId,
        List<String> memberClinicianIds,
        List<String> sessionClinicianIds,
        List<String> personIds) implements PlanDocument<CareTeamDocument> {

    static CareTeamDocument empty(String id) {
        return new CareTeamDocument(id, NOTHING_APPLIED, null, List.of(), List.of(), List.of());
    }

    @Override
    public CareTeamDocument withLastAppliedSequence(long sequence) {
        return new CareTeamDocument(id, sequence, primaryClinicianId, memberClinicianIds, sessionClinicianIds,
                personIds);
    }

    CareTeamDocument opened(String primaryClinician, List<String> persons) {
        return new CareTeamDocument(id, lastAppliedSequence, primaryClinician, memberClinicianIds,
                sessionClinicianIds, sorted(personIds, persons, null));
    }

    CareTeamDocument withPerson(String personId) {
        return new CareTeamDocument(id, lastAppliedSequence, primaryClinicianId, memberClinicianIds,
                sessionClinicianIds, sorted(personIds, List.of(personId), null));
    }

    CareTeamDocument withMember(String clinicianId) {
        return new CareTeamDocument(id, lastAppliedSequence, primaryClinicianId,
                sorted(memberClinicianIds, List.of(clinicianId), null), sessionClinicianIds, personIds);
    }

    CareTeamDocument withoutMember(String clinicianId) {
        return new CareTeamDocument(id, lastAppliedSequence, primaryClinicianId,
                sorted(memberClinicianIds, List.of(), clinicianId), sessionClinicianIds, personIds);
    }

    CareTeamDocument withSessionClinician(String clinicianId) {
        return new CareTeamDocument(id, lastAppliedSequence, primaryClinicianId, memberClinicianIds,
                sorted(sessionClinicianIds, List.of(clinicianId), null), personIds);
    }

    /** The primary clinician, an added member, or the clinician of one of its sessions. */
    public boolean admits(String clinicianId) {
        return clinicianId.equals(primaryClinicianId) || memberClinicianIds.contains(clinicianId)
                || sessionClinicianIds.contains(clinicianId);
    }

    public String planId() {
        return DocumentKey.parse(id).last();
    }

    private static List<String> sorted(List<String> current, List<String> added, String removed) {
        TreeSet<String> ids = new TreeSet<>(current);
        ids.addAll(added);
        if (removed != null) {
            ids.remove(removed);
        }
        return List.copyOf(ids);
    }
}
