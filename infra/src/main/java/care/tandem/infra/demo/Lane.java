package care.tandem.infra.demo;

import java.time.LocalTime;
import java.util.List;

/**
 * A daily block of the clinic (morning, afternoon, evening) and the order of its two parts: a 120-minute
 * multi-family group and a 90-minute slot with the plan's own clinician. The two lanes of a block run
 * their parts in opposite order, so a clinician can see one plan of each lane in the same block, and the
 * blocks leave 12:00-13:00 free, where makeup sessions go.
 */
record Lane(int index, LocalTime blockStart, boolean groupFirst) {

    static final int GROUP_MINUTES = 120;
    static final int OWN_MINUTES = 90;

    static final List<Lane> ALL = List.of(
            new Lane(0, LocalTime.of(8, 30), true),
            new Lane(1, LocalTime.of(8, 30), false),
            new Lane(2, LocalTime.of(13, 0), true),
            new Lane(3, LocalTime.of(13, 0), false),
            new Lane(4, LocalTime.of(17, 0), true),
            new Lane(5, LocalTime.of(17, 0), false));

    LocalTime groupStart() {
        return groupFirst ? blockStart : blockStart.plusMinutes(OWN_MINUTES);
    }

    LocalTime ownStart() {
        return groupFirst ? blockStart.plusMinutes(GROUP_MINUTES) : blockStart;
    }

    /** The lane whose group runs while this lane's own slot does. */
    Lane sibling() {
        return ALL.get(index ^ 1);
    }

    boolean isMorning() {
        return blockStart.isBefore(LocalTime.NOON);
    }
}
