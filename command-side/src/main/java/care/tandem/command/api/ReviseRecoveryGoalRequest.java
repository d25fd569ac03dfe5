package care.tandem.command.api;

import jakarta.validation.constraints.Size;

public record ReviseRecoveryGoalRequest(@Size(max = 1000) String description) {
}
