package care.tandem.command.api;

import care.tandem.events.plan.MemberLeaveReason;

public record MemberLeftRequest(MemberLeaveReason reason) {
}
