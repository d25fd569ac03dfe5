package care.tandem.query.readmodel;

import java.util.List;

/**
 * Each participant's figures for each of some weeks, as the weekly hours read model keeps them; other read models (the
 * program report) count them through this, never through that read model's own classes.
 */
public interface ParticipantWeeks {

    /** One row per participant enrolled in each week, ordered by week, then plan, then participant. */
    List<ParticipantWeek> of(List<IsoWeek> weeks);
}
