package care.tandem.query.calendar;

import care.tandem.events.id.ClinicianId;
import care.tandem.query.config.ClinicTime;
import care.tandem.query.readmodel.DocumentKey;
import care.tandem.query.readmodel.IsoWeek;
import care.tandem.query.readmodel.PlanSession;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

/** A clinician's sessions across plans from the clinician calendar, for views outside the query API (a feed). */
@Component
public class ClinicianSessions {

    private final ClinicianWeekDocuments weeks;
    private final ClinicTime clinicTime;

    ClinicianSessions(ClinicianWeekDocuments weeks, ClinicTime clinicTime) {
        this.weeks = weeks;
        this.clinicTime = clinicTime;
    }

    /** Every session of the clinician that starts in the clinic's weeks from {@code from} to {@code to}. */
    public List<PlanSession> startingBetween(ClinicianId clinician, Instant from, Instant to) {
        IsoWeek first = clinicTime.weekOf(from);
        IsoWeek last = clinicTime.weekOf(to);
        return weeks.findAllBetween(DocumentKey.of(clinician, first), DocumentKey.of(clinician, last)).stream()
                .flatMap(week -> {
                    List<String> key = DocumentKey.parse(week.id()).parts();
                    String planId = key.get(key.size() - 1);
                    return week.sessions().stream().map(session -> new PlanSession(planId, session));
                })
                .toList();
    }
}
