package care.tandem.query.report;

import care.tandem.events.plan.SessionKind;
import care.tandem.query.config.ClinicTime;
import care.tandem.query.readmodel.DocumentKey;
import care.tandem.query.readmodel.IsoWeek;
import care.tandem.query.readmodel.PlanDocument;
import care.tandem.query.readmodel.TrackedSession;
import org.bson.codecs.pojo.annotations.BsonId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * What a plan's share of the program report is computed from: its sessions with their standing attendance, its pauses
 * of couples therapy and its makeup offers. Keeping the facts rather than counts lets a correction or a reschedule
 * change exactly the figures it touches.
 */
public record ReportPlanDocument(
        @BsonId String id,
        long lastAppliedSequence,
        List<TrackedSession> sessions,
        List<Pause> pauses,
        List<Makeup> makeups) implements PlanDocument<ReportPlanDocument> {

    static ReportPlanDocument empty(String planId) {
        return new ReportPlanDocument(planId, NOTHING_APPLIED, List.of(), List.of(), List.of());
    }

    @Override
    public ReportPlanDocument withLastAppliedSequence(long sequence) {
        return new ReportPlanDocument(id, sequence, sessions, pauses, makeups);
    }

    ReportPlanDocument withSession(TrackedSession session) {
        return new ReportPlanDocument(id, lastAppliedSequence, appended(sessions, session), pauses, makeups);
    }

    ReportPlanDocument withSessionChanged(String sessionId, UnaryOperator<TrackedSession> change) {
        return new ReportPlanDocument(id, lastAppliedSequence, TrackedSession.changed(sessions, sessionId, change),
                                      pauses, makeups);
    }

    ReportPlanDocument withPause(Pause pause) {
        return new ReportPlanDocument(id, lastAppliedSequence, sessions, appended(pauses, pause), makeups);
    }

    /** Resuming, discontinuing and discharging each end the pause in force; without one they change nothing. */
    ReportPlanDocument withPauseEnded(Instant at) {
        return new ReportPlanDocument(id, lastAppliedSequence, sessions,
                                      pauses.stream().map(pause -> pause.ongoing() ? pause.endedAt(at) : pause).toList(),
                                      makeups);
    }

    ReportPlanDocument withMakeup(Makeup makeup) {
        return new ReportPlanDocument(id, lastAppliedSequence, sessions, pauses, appended(makeups, makeup));
    }

    ReportPlanDocument withMakeupChanged(String missedSessionId, UnaryOperator<Makeup> change) {
        return new ReportPlanDocument(id, lastAppliedSequence, sessions, pauses, makeups.stream()
                .map(makeup -> makeup.missedSessionId().equals(missedSessionId) ? change.apply(makeup) : makeup)
                .toList());
    }

    /**
     * The plan's figures per week and clinician, keyed week/clinician/plan: held sessions count in the week they
     * started, for the clinician who ran them; pauses in the week they started and, once ended, in each week they were
     * in force, for the clinician who paused; makeup offers in the week they were made, for the clinician who made
     * them, with how they turned out since. A pause in force counts its time only once it ends: until then the report
     * adds it when asked (see {@link ProgramReport}).
     */
    Map<DocumentKey, ProgramFigures> shares(ClinicTime clinicTime) {
        Map<DocumentKey, ProgramFigures> shares = new TreeMap<>(Comparator.comparing(DocumentKey::value));
        for (TrackedSession session : sessions) {
            if (session.held()) {
                add(shares, clinicTime.weekOf(session.startsAt()), session.clinicianId(), heldSession(session));
            }
        }
        for (Pause pause : pauses) {
            IsoWeek started = clinicTime.weekOf(pause.pausedAt());
            add(shares, started, pause.pausedBy(), ProgramFigures.pauseStarted(pause.reason()));
            if (pause.ongoing()) {
                continue;
            }
            for (IsoWeek week = started; !clinicTime.startOf(week).isAfter(pause.endedAt()); week = week.next()) {
                Instant from = clinicTime.startOf(week);
                Instant to = clinicTime.endOf(week);
                if (pause.inForceWithin(from, to, pause.endedAt())) {
                    add(shares, week, pause.pausedBy(),
                        ProgramFigures.pauseInForce(pause.minutesWithin(from, to, pause.endedAt())));
                }
            }
        }
        for (Makeup makeup : makeups) {
            boolean scheduled = sessions.stream().anyMatch(session -> !session.cancelled()
                    && makeup.missedSessionId().equals(session.makeupFor()));
            add(shares, clinicTime.weekOf(makeup.offeredAt()), makeup.offeredBy(),
                ProgramFigures.makeupOffered(scheduled, makeup.attended(), makeup.declined()));
        }
        return shares;
    }

    private static ProgramFigures heldSession(TrackedSession session) {
        int expected = session.participants().size();
        int attended = (int) session.participants().stream().filter(session::attendedBy).count();
        boolean couples = session.kind() == SessionKind.COUPLES;
        return ProgramFigures.heldSession(expected, attended, couples, couples && attended == expected,
                                          couples && attended == 1 && expected == 2);
    }

    private void add(Map<DocumentKey, ProgramFigures> shares, IsoWeek week, String clinicianId,
                     ProgramFigures figures) {
        shares.merge(DocumentKey.of(week, clinicianId, id), figures, ProgramFigures::plus);
    }

    private static <T> List<T> appended(List<T> list, T element) {
        List<T> withElement = new ArrayList<>(list);
        withElement.add(element);
        return withElement;
    }
}
