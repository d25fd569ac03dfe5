package care.tandem.query.config;

import care.tandem.events.plan.LevelOfCare;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.EnumMap;
import java.util.Map;

/**
 * The weekly attended hours each level of care requires. Configuration, not part of the record: a payer or
 * a state may set other minimums than the ASAM defaults in {@code query-side.yml} (adult IOP 9, adolescent
 * IOP 6, PHP 20).
 */
@ConfigurationProperties("tandem.level-of-care")
public record LevelOfCareMinimums(Map<LevelOfCare, Integer> weeklyMinimumHours) {

    public LevelOfCareMinimums {
        weeklyMinimumHours = new EnumMap<>(weeklyMinimumHours);
        for (LevelOfCare level : LevelOfCare.values()) {
            Integer hours = weeklyMinimumHours.get(level);
            if (hours == null || hours < 0) {
                throw new IllegalArgumentException(
                        "tandem.level-of-care.weekly-minimum-hours." + level + " must be set to a number of hours >= 0");
            }
        }
    }

    public int weeklyMinimumHours(LevelOfCare level) {
        return weeklyMinimumHours.get(level);
    }
}
