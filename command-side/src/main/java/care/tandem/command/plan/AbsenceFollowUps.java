package care.tandem.command.plan;

import care.tandem.events.consent.DisclosedInformation;
import care.tandem.events.consent.DisclosurePurpose;
import care.tandem.events.id.DisclosureId;
import care.tandem.events.id.PlanId;
import care.tandem.events.plan.MakeupSessionDeclined;
import care.tandem.events.plan.MakeupSessionOffered;
import care.tandem.events.plan.PartnersInformedOfAbsence;
import care.tandem.events.plan.SessionSummaryOffered;
import care.tandem.events.plan.SessionSummaryShared;
import org.axonframework.messaging.MetaData;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The clinic's follow-up of a joint session one partner missed: inform both partners, offer the absent partner a
 * summary (shared only under the consent of each person it is about) and a makeup session, attended or declined.
 */
final class AbsenceFollowUps {

    private final PlanId planId;
    private final PlanSessions sessions;

    AbsenceFollowUps(PlanId planId, PlanSessions sessions) {
        this.planId = planId;
        this.sessions = sessions;
    }

    void informPartners(InformPartnersOfAbsence command) {
        if (sessions.followUp(command.sessionId()).partnersInformed()) {
            throw new PlanRuleViolation("partners-already-informed",
                    "Both partners were already informed about session " + command.sessionId());
        }
        apply(new PartnersInformedOfAbsence(planId, command.sessionId(), command.informedBy(),
                command.informedAt()));
    }

    void offerSummary(OfferSessionSummary command) {
        AbsenceFollowUp followUp = sessions.followUp(command.sessionId());
        if (followUp.summaryOffered()) {
            throw new PlanRuleViolation("summary-already-offered",
                    "A summary of session " + command.sessionId() + " was already offered");
        }
        apply(new SessionSummaryOffered(planId, command.sessionId(), followUp.absentPartner(), command.offeredBy(),
                command.offeredAt()));
    }

    /** Each part goes through the person's own consent record, which refuses it without a consent in force. */
    void shareSummary(ShareSessionSummary command, ConsentLedger consents, ConsentSettings settings,
                      MetaData metaData) {
        AbsenceFollowUp followUp = sessions.followUp(command.sessionId());
        if (followUp.summaryShared()) {
            throw new PlanRuleViolation("summary-already-shared",
                    "The summary of session " + command.sessionId() + " was already shared");
        }
        ConsentRules.requireSummaryParts(followUp, sessions.known(command.sessionId()).participants(), command);
        List<DisclosureId> disclosures = new ArrayList<>();
        for (SummaryPart part : command.parts()) {
            DisclosureId disclosure = DisclosureId.of(UUID.nameUUIDFromBytes((planId + "/" + command.sessionId()
                    + "/" + part.about() + "/" + command.sharedAt()).getBytes(StandardCharsets.UTF_8)).toString());
            consents.disclose(new DisclosureRequest(part.about(), disclosure, planId, command.sessionId(),
                    command.recipient(), DisclosedInformation.SESSION_SUMMARIES,
                    DisclosurePurpose.COUPLES_OR_FAMILY_THERAPY, part.text(), settings.redisclosureNotice(),
                    command.sharedBy(), command.sharedAt()), metaData);
            disclosures.add(disclosure);
        }
        apply(new SessionSummaryShared(planId, command.sessionId(), command.recipient(), disclosures,
                command.sharedBy(), command.sharedAt()));
    }

    void offerMakeup(OfferMakeupSession command) {
        AbsenceFollowUp followUp = sessions.followUp(command.missedSessionId());
        if (followUp.makeupOffered()) {
            throw new PlanRuleViolation("makeup-already-offered",
                    "A makeup session for " + command.missedSessionId() + " was already offered");
        }
        apply(new MakeupSessionOffered(planId, command.missedSessionId(), followUp.absentPartner(),
                command.offeredBy(), command.offeredAt()));
    }

    void declineMakeup(DeclineMakeupSession command) {
        AbsenceFollowUp followUp = sessions.followUp(command.missedSessionId());
        if (!followUp.makeupOffered() || followUp.makeupResolved()) {
            throw new PlanRuleViolation("no-open-makeup-offer",
                    "There is no open makeup offer for session " + command.missedSessionId());
        }
        if (followUp.makeupSession() != null) {
            throw new PlanRuleViolation("makeup-already-scheduled",
                    "Makeup session " + followUp.makeupSession() + " is scheduled; cancel it first");
        }
        apply(new MakeupSessionDeclined(planId, command.missedSessionId(), followUp.absentPartner(),
                command.recordedBy(), command.declinedAt()));
    }
}
