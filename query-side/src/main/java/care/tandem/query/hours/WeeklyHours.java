package care.tandem.query.hours;

import care.tandem.events.id.ParticipantId;
import care.tandem.events.id.PlanId;
import care.tandem.events.plan.LevelOfCare;
import care.tandem.query.config.ClinicTime;
import care.tandem.query.config.LevelOfCareMinimums;
import care.tandem.query.hours.EnrolmentDocument.Enrolment;
import care.tandem.query.readmodel.DocumentKey;
import care.tandem.query.readmodel.IsoWeek;
import care.tandem.query.readmodel.ParticipantWeek.WeekStatus;
import care.tandem.query.readmodel.ParticipantWeek;
import care.tandem.query.readmodel.ParticipantWeeks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads the weekly hours: every participant enrolled in a week with their hours and whether they are under their
 * level of care's minimum, worked out now from the configured minimums. The program report counts the participants
 * under their minimum through it.
 */
@Component
public class WeeklyHours implements ParticipantWeeks {

    private final Enrolments enrolments;
    private final WeekHours weekHours;
    private final LevelOfCareMinimums minimums;
    private final ClinicTime clinicTime;
    private final Clock clock;

    @Autowired
    WeeklyHours(Enrolments enrolments, WeekHours weekHours, LevelOfCareMinimums minimums, ClinicTime clinicTime) {
        this(enrolments, weekHours, minimums, clinicTime, Clock.systemUTC());
    }

    WeeklyHours(Enrolments enrolments, WeekHours weekHours, LevelOfCareMinimums minimums, ClinicTime clinicTime,
                Clock clock) {
        this.enrolments = enrolments;
        this.weekHours = weekHours;
        this.minimums = minimums;
        this.clinicTime = clinicTime;
        this.clock = clock;
    }

    /**
     * Every participant enrolled at some time in each week, by week, plan and participant. Reads the whole directory
     * of enrolments (one small document per plan) and the weeks' shares as one {@code _id} range.
     */
    @Override
    public List<ParticipantWeek> of(List<IsoWeek> weeks) {
        if (weeks.isEmpty()) {
            return List.of();
        }
        Map<String, WeekHoursDocument> shares = weekHours
                .findAllBetween(DocumentKey.of(weeks.get(0)), DocumentKey.of(weeks.get(weeks.size() - 1))).stream()
                .collect(Collectors.toMap(WeekHoursDocument::id, Function.identity()));
        List<EnrolmentDocument> plans = enrolments.everyPlan();
        List<ParticipantWeek> rows = new ArrayList<>();
        for (IsoWeek week : weeks) {
            for (EnrolmentDocument plan : plans) {
                rows.addAll(rows(plan, week, shares.get(DocumentKey.of(week, plan.planId()).value())));
            }
        }
        return rows;
    }

    /** The weeks the participant was enrolled in; empty when the plan is unknown. */
    Optional<List<ParticipantWeek>> ofParticipant(PlanId planId, ParticipantId participantId, List<IsoWeek> weeks) {
        return enrolments.find(planId).map(plan -> {
            Map<String, WeekHoursDocument> shares = weekHours
                    .findAll(weeks.stream().map(week -> DocumentKey.of(week, planId).value()).toList()).stream()
                    .collect(Collectors.toMap(WeekHoursDocument::id, Function.identity()));
            return weeks.stream()
                    .flatMap(week -> rows(plan, week, shares.get(DocumentKey.of(week, planId).value())).stream())
                    .filter(row -> row.participantId().equals(participantId.value()))
                    .toList();
        });
    }

    boolean isMember(PlanId planId, ParticipantId participantId) {
        return enrolments.find(planId).stream().flatMap(plan -> plan.members().stream())
                .anyMatch(member -> member.participantId().equals(participantId.value()));
    }

    private List<ParticipantWeek> rows(EnrolmentDocument plan, IsoWeek week, WeekHoursDocument share) {
        if (plan.openedAt() == null) {
            return List.of();
        }
        Map<String, List<Enrolment>> staysByParticipant = new LinkedHashMap<>();
        plan.members().forEach(member -> staysByParticipant
                .computeIfAbsent(member.participantId(), participant -> new ArrayList<>()).add(member));
        LevelOfCare level = plan.levelOfCareBefore(clinicTime.endOf(week));
        int minimumHours = minimums.weeklyMinimumHours(level);
        boolean ended = !clinicTime.endOf(week).isAfter(clock.instant());
        List<ParticipantWeek> rows = new ArrayList<>();
        staysByParticipant.forEach((participantId, stays) -> {
            int days = daysEnrolled(plan, stays, week);
            if (days == 0) {
                return;
            }
            Enrolment latest = stays.get(stays.size() - 1);
            boolean applies = ParticipantWeek.minimumAppliesTo(latest.role(), level);
            ParticipantMinutes minutes = share == null ? ParticipantMinutes.NONE : share.of(participantId);
            long required = (long) minimumHours * 60 * days;
            boolean attendedTooFew = (long) minutes.attendedMinutes() * ParticipantWeek.DAYS_IN_WEEK < required;
            boolean tooFewEvenIfAllHeld = (long) (minutes.attendedMinutes() + minutes.pending())
                    * ParticipantWeek.DAYS_IN_WEEK < required;
            WeekStatus status = !applies ? WeekStatus.NO_MINIMUM
                    : ended ? (attendedTooFew ? WeekStatus.UNDER_MINIMUM : WeekStatus.MET)
                    : (tooFewEvenIfAllHeld ? WeekStatus.AT_RISK : WeekStatus.ON_TRACK);
            rows.add(new ParticipantWeek(week.toString(), plan.planId(), participantId, latest.role(),
                                         latest.minor(), plan.primaryClinicianId(), level, minimumHours, applies,
                                         days, applies ? requiredHours(minimumHours, days) : null,
                                         ParticipantWeek.hours(minutes.attendedMinutes()),
                                         ParticipantWeek.hours(minutes.scheduledMinutes()),
                                         ParticipantWeek.hours(minutes.pending()), status));
        });
        return rows;
    }

    /** The clinic days of the week on which one of the participant's stays overlaps the plan's open time. */
    private int daysEnrolled(EnrolmentDocument plan, List<Enrolment> stays, IsoWeek week) {
        int days = 0;
        for (LocalDate day = week.monday(); day.isBefore(week.next().monday()); day = day.plusDays(1)) {
            Instant dayStart = clinicTime.startOf(day);
            Instant dayEnd = clinicTime.startOf(day.plusDays(1));
            boolean enrolled = stays.stream().anyMatch(stay ->
                    latest(stay.joinedAt(), plan.openedAt()).isBefore(dayEnd)
                            && dayStart.isBefore(earliest(stay.leftAt(), plan.dischargedAt())));
            days += enrolled ? 1 : 0;
        }
        return days;
    }

    private static double requiredHours(int minimumHours, int days) {
        return Math.round(minimumHours * days * 100.0 / ParticipantWeek.DAYS_IN_WEEK) / 100.0;
    }

    private static Instant latest(Instant one, Instant other) {
        return one.isAfter(other) ? one : other;
    }

    /** Null stands for no end yet. */
    private static Instant earliest(Instant one, Instant other) {
        if (one == null || other == null) {
            return one == null ? (other == null ? Instant.MAX : other) : one;
        }
        return one.isBefore(other) ? one : other;
    }
}
