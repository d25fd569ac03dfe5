package care.tandem.command.api;

import care.tandem.command.delivery.AuditContext;
import care.tandem.command.delivery.PlanCommandGateway;
import care.tandem.command.plan.GrantConsent;
import care.tandem.command.plan.InvalidCommandException;
import care.tandem.command.plan.RevokeConsent;
import care.tandem.command.plan.ShareSessionSummary;
import care.tandem.command.plan.SummaryPart;
import care.tandem.events.consent.ConsentRecipient;
import care.tandem.events.id.ConsentId;
import care.tandem.events.id.ParticipantId;
import care.tandem.events.id.PlanId;
import care.tandem.events.id.SessionId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.ZoneId;
import java.util.UUID;

import static care.tandem.command.api.RequestIds.asSent;
import static care.tandem.command.api.RequestIds.eachOf;
import static care.tandem.command.api.RequestIds.parse;

/**
 * A member's consents (42 CFR 2.31), recorded and revoked by their care team, and the summary of a missed joint
 * session shared with the absent partner: each part only under the consent of the person it is about.
 */
@RestController
@Tag(name = "Consent and disclosure", description = "A member's written consents (42 CFR 2.31), their revocation, "
        + "and the summary of a missed joint session shared with the absent partner under the consent of each "
        + "person it is about (409 consent-required otherwise)")
@RequestMapping("/api/treatment-plans/{planId}")
class ConsentController {

    private final PlanCommandGateway commands;
    private final ZoneId clinicZone;

    ConsentController(PlanCommandGateway commands, @Value("${tandem.clinic.time-zone}") ZoneId clinicZone) {
        this.commands = commands;
        this.clinicZone = clinicZone;
    }

    @Operation(summary = "Record a member's written consent to disclose their information (42 CFR 2.31)")
    @PostMapping("/members/{participantId}/consents")
    @ResponseStatus(HttpStatus.CREATED)
    CommandAccepted grant(@PathVariable String planId, @PathVariable String participantId,
                          @Valid @RequestBody GrantConsentRequest request, AuditContext audit) {
        PlanId plan = parse("planId", planId, PlanId::of);
        ConsentId consent = request.consentId() == null ? ConsentId.of(UUID.randomUUID().toString())
                : parse("consentId", request.consentId(), ConsentId::of);
        ConsentRecipient recipient = recipient(request.recipient());
        commands.send(asSent(() -> new GrantConsent(plan, parse("participantId", participantId, ParticipantId::of),
                consent, recipient, request.information(), request.purpose(), request.expiresOn(),
                // The consent ends when the clinic's day after its last day begins.
                request.expiresOn() == null ? null
                        : request.expiresOn().plusDays(1).atStartOfDay(clinicZone).toInstant(),
                Boolean.TRUE.equals(request.endsAtDischarge()), request.attestation(),
                parse("signedBy", request.signedBy(), ParticipantId::of),
                request.signedAt() == null ? audit.receivedAt() : request.signedAt(), audit.actor(),
                audit.receivedAt()), "person", "participantId"), audit);
        return CommandAccepted.forConsent(plan, consent, audit);
    }

    @Operation(summary = "Record that the member revoked a consent: no disclosure under it from now on")
    @PostMapping("/members/{participantId}/consents/{consentId}/revocation")
    CommandAccepted revoke(@PathVariable String planId, @PathVariable String participantId,
                           @PathVariable String consentId, AuditContext audit) {
        PlanId plan = parse("planId", planId, PlanId::of);
        ConsentId consent = parse("consentId", consentId, ConsentId::of);
        commands.send(new RevokeConsent(plan, parse("participantId", participantId, ParticipantId::of), consent,
                audit.actor(), audit.receivedAt()), audit);
        return CommandAccepted.forConsent(plan, consent, audit);
    }

    @Operation(summary = "Share the session's summary with the partner who missed it, each part under the consent "
            + "of the person it is about")
    @PostMapping("/sessions/{sessionId}/summary-shares")
    @ResponseStatus(HttpStatus.CREATED)
    CommandAccepted shareSummary(@PathVariable String planId, @PathVariable String sessionId,
                                 @Valid @RequestBody ShareSessionSummaryRequest request, AuditContext audit) {
        PlanId plan = parse("planId", planId, PlanId::of);
        SessionId session = parse("sessionId", sessionId, SessionId::of);
        commands.send(new ShareSessionSummary(plan, session, parse("recipient", request.recipient(),
                ParticipantId::of), eachOf("parts", request.parts(), (path, part) -> new SummaryPart(
                parse(path + ".about", part.about(), ParticipantId::of), part.text())), audit.actor(),
                audit.receivedAt()), audit);
        return CommandAccepted.forSession(plan, session, audit);
    }

    private static ConsentRecipient recipient(ConsentRecipientRequest request) {
        if ((request.member() == null) == (request.outsideProvider() == null)) {
            throw new InvalidCommandException("recipient", "names either a plan member or an outside provider");
        }
        return new ConsentRecipient(parse("recipient.member", request.member(), ParticipantId::of),
                request.outsideProvider() == null ? null : request.outsideProvider().strip());
    }
}
