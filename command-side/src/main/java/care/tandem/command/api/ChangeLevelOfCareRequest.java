package care.tandem.command.api;

import care.tandem.events.plan.LevelOfCare;
import care.tandem.events.plan.LevelOfCareChangeReason;

public record ChangeLevelOfCareRequest(LevelOfCare newLevel, LevelOfCareChangeReason reason) {
}
