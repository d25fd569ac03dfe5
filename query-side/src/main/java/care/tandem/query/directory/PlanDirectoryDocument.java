package care.tandem.query.directory;

import care.tandem.events.plan.LevelOfCare;
import care.tandem.events.plan.PauseReason;
import care.tandem.events.plan.UnitKind;
import care.tandem.query.readmodel.DocumentKey;
import care.tandem.query.readmodel.PlanDocument;
import org.bson.codecs.pojo.annotations.BsonId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A plan's entry in the directory of plans, keyed {@code plan/<planId>}: what a list of plans shows and what a plan's
 * page needs besides its sessions, the history of its couples-therapy pauses. No members and no names, so the entry
 * stays a few hundred bytes and the whole directory one {@code _id} range. {@code clinicianIds}: the primary
 * clinician and every clinician the plan ever scheduled a session with, in id order.
 */
public record PlanDirectoryDocument(
        @BsonId String id,
        long lastAppliedSequence,
        UnitKind unitKind,
        String primaryClinicianId,
        LevelOfCare levelOfCare,
        Instant openedAt,
        Instant dischargedAt,
        List<CouplesTherapyPause> couplesTherapyPauses,
        List<String> clinicianIds) implements PlanDocument<PlanDirectoryDocument> {

    static PlanDirectoryDocument empty(String id) {
        return new PlanDirectoryDocument(id, NOTHING_APPLIED, null, null, null, null, null, List.of(), List.of());
    }

    @Override
    public PlanDirectoryDocument withLastAppliedSequence(long sequence) {
        return new PlanDirectoryDocument(id, sequence, unitKind, primaryClinicianId, levelOfCare, openedAt,
                                         dischargedAt, couplesTherapyPauses, clinicianIds);
    }

    PlanDirectoryDocument opened(UnitKind unit, String primaryClinician, LevelOfCare level, Instant at) {
        return new PlanDirectoryDocument(id, lastAppliedSequence, unit, primaryClinician, level, at, dischargedAt,
                                         couplesTherapyPauses, withClinician(primaryClinician));
    }

    PlanDirectoryDocument withLevelOfCare(LevelOfCare level) {
        return new PlanDirectoryDocument(id, lastAppliedSequence, unitKind, primaryClinicianId, level, openedAt,
                                         dischargedAt, couplesTherapyPauses, clinicianIds);
    }

    PlanDirectoryDocument withSessionClinician(String clinicianId) {
        return new PlanDirectoryDocument(id, lastAppliedSequence, unitKind, primaryClinicianId, levelOfCare, openedAt,
                                         dischargedAt, couplesTherapyPauses, withClinician(clinicianId));
    }

    PlanDirectoryDocument withPause(CouplesTherapyPause pause) {
        List<CouplesTherapyPause> withPause = new ArrayList<>(couplesTherapyPauses);
        withPause.add(pause);
        return withPauses(withPause);
    }

    /** Resuming, discontinuing and discharging each end the pause in force; without one they change nothing. */
    PlanDirectoryDocument withPauseEnded(Instant at) {
        return withPauses(couplesTherapyPauses.stream()
                                  .map(pause -> pause.endedAt() == null ? pause.endingAt(at) : pause)
                                  .toList());
    }

    PlanDirectoryDocument discharged(Instant at) {
        return new PlanDirectoryDocument(id, lastAppliedSequence, unitKind, primaryClinicianId, levelOfCare, openedAt,
                                         at, couplesTherapyPauses, clinicianIds).withPauseEnded(at);
    }

    /** The plan's id: the last part of the document key. */
    String planId() {
        return DocumentKey.parse(id).last();
    }

    private PlanDirectoryDocument withPauses(List<CouplesTherapyPause> pauses) {
        return new PlanDirectoryDocument(id, lastAppliedSequence, unitKind, primaryClinicianId, levelOfCare, openedAt,
                                         dischargedAt, pauses, clinicianIds);
    }

    private List<String> withClinician(String clinicianId) {
        TreeSet<String> clinicians = new TreeSet<>(clinicianIds);
        clinicians.add(clinicianId);
        return List.copyOf(clinicians);
    }

    /** A pause of couples therapy; {@code endedAt} is null while it lasts. */
    public record CouplesTherapyPause(PauseReason reason, Instant pausedAt, Instant endedAt) {

        CouplesTherapyPause endingAt(Instant at) {
            return new CouplesTherapyPause(reason, pausedAt, at);
        }
    }
}
