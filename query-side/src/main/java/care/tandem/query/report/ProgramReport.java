package care.tandem.query.report;

import care.tandem.query.api.Period;
import care.tandem.query.config.ClinicTime;
import care.tandem.query.readmodel.DocumentKey;
import care.tandem.query.readmodel.IsoWeek;
import care.tandem.query.readmodel.ParticipantWeek;
import care.tandem.query.readmodel.ParticipantWeeks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sums the plans' shares of the weeks asked for (one {@code _id} range), adds the time so far of the pauses still in
 * force, and the participants under their minimum from the weekly hours.
 */
@Component
class ProgramReport {

    private final ReportShares shares;
    private final OngoingPauses ongoingPauses;
    private final ParticipantWeeks participantWeeks;
    private final ClinicTime clinicTime;
    private final Clock clock;

    @Autowired
    ProgramReport(ReportShares shares, OngoingPauses ongoingPauses, ParticipantWeeks participantWeeks, ClinicTime clinicTime) {
        this(shares, ongoingPauses, participantWeeks, clinicTime, Clock.systemUTC());
    }

    ProgramReport(ReportShares shares, OngoingPauses ongoingPauses, ParticipantWeeks participantWeeks, ClinicTime clinicTime,
                  Clock clock) {
        this.shares = shares;
        this.ongoingPauses = ongoingPauses;
        this.participantWeeks = participantWeeks;
        this.clinicTime = clinicTime;
        this.clock = clock;
    }

    List<ProgramWeek> byWeek(Period period) {
        List<ProgramWeek> weeks = new ArrayList<>();
        byWeekAndClinician(period).forEach((week, clinicians) -> weeks.add(ProgramWeek.of(
                week.toString(),
                clinicians.values().stream().map(Counted::figures).reduce(ProgramFigures.NONE, ProgramFigures::plus),
                clinicians.values().stream().mapToLong(Counted::underMinimum).sum(),
                clinicians.values().stream().mapToLong(Counted::atRisk).sum())));
        return weeks;
    }

    List<ClinicianWeek> byClinician(Period period) {
        List<ClinicianWeek> clinicianWeeks = new ArrayList<>();
        byWeekAndClinician(period).forEach((week, clinicians) -> clinicians.forEach((clinician, counted) ->
                clinicianWeeks.add(new ClinicianWeek(clinician, ProgramWeek.of(week.toString(), counted.figures(),
                                                                               counted.underMinimum(),
                                                                               counted.atRisk())))));
        return clinicianWeeks;
    }

    /** Every week of the period, with the clinicians that have something to count in it. */
    private Map<IsoWeek, Map<String, Counted>> byWeekAndClinician(Period period) {
        List<IsoWeek> weeks = period.weeks(clinicTime);
        Map<IsoWeek, Map<String, Counted>> counted = new TreeMap<>();
        weeks.forEach(week -> counted.put(week, new TreeMap<>()));
        for (ReportShareDocument share : shares.findAllBetween(DocumentKey.of(weeks.get(0)),
                                                               DocumentKey.of(weeks.get(weeks.size() - 1)))) {
            List<String> key = DocumentKey.parse(share.id()).parts();
            add(counted, IsoWeek.parse(key.get(0)), key.get(1), new Counted(share.figures(), 0, 0));
        }
        Instant now = clock.instant();
        for (Pause pause : ongoingPauses.everyOngoingPause()) {
            for (IsoWeek week : weeks) {
                Instant from = clinicTime.startOf(week);
                Instant to = clinicTime.endOf(week);
                if (pause.inForceWithin(from, to, now)) {
                    add(counted, week, pause.pausedBy(), new Counted(
                            ProgramFigures.pauseInForce(pause.minutesWithin(from, to, now)), 0, 0));
                }
            }
        }
        for (ParticipantWeek row : participantWeeks.of(weeks)) {
            if (row.underMinimum() || row.weekStatus() == ParticipantWeek.WeekStatus.AT_RISK) {
                add(counted, IsoWeek.parse(row.week()), row.primaryClinicianId(), new Counted(ProgramFigures.NONE,
                        row.underMinimum() ? 1 : 0, row.underMinimum() ? 0 : 1));
            }
        }
        return counted;
    }

    private static void add(Map<IsoWeek, Map<String, Counted>> counted, IsoWeek week, String clinician,
                            Counted more) {
        counted.get(week).merge(clinician, more, Counted::plus);
    }

    private record Counted(ProgramFigures figures, long underMinimum, long atRisk) {

        Counted plus(Counted other) {
            return new Counted(figures.plus(other.figures), underMinimum + other.underMinimum, atRisk + other.atRisk);
        }
    }
}
