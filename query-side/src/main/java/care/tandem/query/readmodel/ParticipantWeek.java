package care.tandem.query.readmodel;

import care.tandem.events.plan.LevelOfCare;
import care.tandem.events.plan.MemberRole;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One participant's hours in one ISO week of the clinic (Monday to Sunday in its time zone), in one plan.
 * <ul>
 * <li>{@code levelOfCare}: the plan's level in force when the week ended (the latest change made before then);
 * {@code minimumHours} is that level's weekly minimum from configuration.</li>
 * <li>{@code minimumApplies}: whether the participant is held to it: members in treatment (PARTNER, PARENT and
 * ADOLESCENT; in an IOP_ADOLESCENT plan only ADOLESCENT members), not CHILD or OTHER_FAMILY members, who take part
 * in support.</li>
 * <li>{@code daysEnrolled}: the days of the week (1 to 7) on which the participant was a member of the open plan;
 * fewer than 7 in the week they joined or left, or the plan opened or was discharged.</li>
 * <li>{@code requiredHours}: minimumHours &times; daysEnrolled / 7, to two decimals; null when the minimum does not
 * apply.</li>
 * <li>{@code attendedHours}: the hours they were at sessions starting that week, as attendance stands after
 * corrections (late arrivals and early departures count the minutes present; joint and solo attendance the whole
 * session).</li>
 * <li>{@code scheduledHours}: the hours of the sessions starting that week that expected them and were not
 * cancelled, held or still ahead.</li>
 * <li>{@code pendingHours}: of those, the hours of the sessions not held yet.</li>
 * <li>{@code underMinimum}: the week has ended, the minimum applies and attendedHours is below requiredHours
 * (exactly, in minutes). A week still under way is never under the minimum: see {@code weekStatus}.</li>
 * <li>{@code weekStatus}: MET or UNDER_MINIMUM for an ended week; ON_TRACK or AT_RISK for one still under way,
 * by attended plus pending hours against requiredHours; NO_MINIMUM where the minimum does not apply.</li>
 * </ul>
 */
public record ParticipantWeek(
        String week,
        String planId,
        String participantId,
        MemberRole role,
        boolean minor,
        String primaryClinicianId,
        LevelOfCare levelOfCare,
        int minimumHours,
        boolean minimumApplies,
        int daysEnrolled,
        Double requiredHours,
        double attendedHours,
        double scheduledHours,
        double pendingHours,
        WeekStatus weekStatus) {

    /**
     * Where the participant stands against the minimum. An ended week is MET or UNDER_MINIMUM; a week not over yet is
     * ON_TRACK while attended plus still-scheduled hours reach the required hours, AT_RISK when they do not; NO_MINIMUM
     * when the minimum does not apply to them. Only an ended week counts as under the minimum.
     */
    public enum WeekStatus { MET, UNDER_MINIMUM, ON_TRACK, AT_RISK, NO_MINIMUM }

    /** Under the minimum: only in a week that has ended. */
    @JsonProperty
    public boolean underMinimum() {
        return weekStatus == WeekStatus.UNDER_MINIMUM;
    }

    public boolean atRisk() {
        return weekStatus == WeekStatus.AT_RISK;
    }

    public static final int DAYS_IN_WEEK = 7;

    public static boolean minimumAppliesTo(MemberRole role, LevelOfCare level) {
        return switch (role) {
            case ADOLESCENT -> true;
            case PARTNER, PARENT -> level != LevelOfCare.IOP_ADOLESCENT;
            case CHILD, OTHER_FAMILY -> false;
        };
    }

    public static double hours(long minutes) {
        return Math.round(minutes * 100 / 60.0) / 100.0;
    }
}
