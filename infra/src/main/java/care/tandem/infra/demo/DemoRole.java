package care.tandem.infra.demo;

import java.util.Arrays;
import java.util.List;

/**
 * What a plan of the demo program is there to show, beyond ordinary attendance. Each role but {@link #NONE}
 * belongs to exactly one plan, so a newcomer knows where to look.
 */
public enum DemoRole {

    PAUSE_RESUMED(true, "couples therapy paused for emotional safety, resumed weeks later"),
    PARTIAL_HOSPITALIZATION(true, "partial hospitalization (PHP): five long days a week"),
    PAUSE_ACTIVE(true, "couples therapy paused for emotional safety today, joint sessions ahead converted"),
    JOINT_STRONGLY_ENCOURAGED(true, "joint participation strongly encouraged; a solo attendance raised a concern"),
    UNDER_MINIMUM(true, "one partner under the weekly-hours minimum last week and this week"),
    DISCHARGED(true, "discharged mid-program with aftercare referrals"),
    SCHEDULE_CHANGES(false, "a cancelled, a rescheduled and a corrected session"),
    NONE(false, "");

    private final boolean couple;
    private final String shows;

    DemoRole(boolean couple, String shows) {
        this.couple = couple;
        this.shows = shows;
    }

    /** What to look at in this plan; never names a person. */
    public String shows() {
        return shows;
    }

    static List<DemoRole> coupleRoles() {
        return Arrays.stream(values()).filter(role -> role.couple).toList();
    }
}
