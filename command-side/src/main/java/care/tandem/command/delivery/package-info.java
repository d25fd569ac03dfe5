/**
 * Delivering a command to its plan: in turn with the plan's other commands (an advisory lock), only at the version the
 * client expects (If-Match), at most once per Idempotency-Key, and answered with the plan's new version (the ETag).
 * Every controller hands its command to {@link care.tandem.command.delivery.PlanCommandGateway}.
 */
package care.tandem.command.delivery;
