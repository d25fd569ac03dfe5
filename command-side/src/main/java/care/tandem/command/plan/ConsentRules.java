package care.tandem.command.plan;

import care.tandem.events.id.ParticipantId;
import care.tandem.events.plan.Member;

import java.util.List;
import java.util.Map;

/** What the plan checks before a consent or a disclosure reaches the person's own consent record. */
final class ConsentRules {

    private ConsentRules() {
    }

    /**
     * The person and a recipient who is a plan member are current members, and the consent is signed as 42 CFR 2.14
     * and the clinic's rule say: an adult signs their own, a minor's is signed by a guardian (or, where the clinic
     * allows it, by the minor).
     */
    static void requireMayConsent(Map<ParticipantId, Member> members, GrantConsent command, MinorConsent minors) {
        Member person = members.get(command.person());
        if (person == null) {
            throw new PlanRuleViolation("not-a-plan-member", "person names participant " + command.person()
                    + ", who is not a member of this plan");
        }
        ParticipantId recipient = command.recipient().member();
        if (recipient != null && recipient.equals(command.person())) {
            throw new InvalidCommandException("recipient.member", "must be someone other than the person consenting");
        }
        if (recipient != null && !members.containsKey(recipient)) {
            throw new PlanRuleViolation("not-a-plan-member", "recipient.member names participant " + recipient
                    + ", who is not a member of this plan");
        }
        ParticipantId signer = command.signedBy();
        boolean guardian = person.guardians().contains(signer);
        boolean self = signer.equals(person.participantId());
        if (!person.minor() && !self) {
            throw new PlanRuleViolation("consent-signed-by-another", "an adult signs their own consent");
        }
        if (person.minor() && minors == MinorConsent.GUARDIAN_SIGNS && !guardian) {
            throw new PlanRuleViolation("guardian-must-sign", "a guardian of the minor in this plan signs their consent");
        }
        if (person.minor() && minors == MinorConsent.MINOR_MAY_SIGN && !guardian && !self) {
            throw new PlanRuleViolation("consent-signed-by-another", "the minor or a guardian signs their consent");
        }
    }

    /**
     * A summary goes to the partner who missed the session, and each part is about another participant of it: what
     * is about the recipient themself is no disclosure.
     */
    static void requireSummaryParts(AbsenceFollowUp followUp, List<ParticipantId> sessionParticipants,
                                    ShareSessionSummary command) {
        if (!command.recipient().equals(followUp.absentPartner())) {
            throw new PlanRuleViolation("summary-for-the-absent-partner",
                    "a session's summary is shared with the partner who missed it");
        }
        for (SummaryPart part : command.parts()) {
            if (part.about().equals(command.recipient()) || !sessionParticipants.contains(part.about())) {
                throw new InvalidCommandException("parts[].about",
                        "must name another participant of the session than the recipient");
            }
        }
    }
}
