package care.tandem.command.api;

public record ReviseRecoveryGoalRequest(String description) {
}
