package care.tandem.command.consent;

import care.tandem.command.plan.ConsentLedger;
import care.tandem.command.plan.DisclosureRequest;
import care.tandem.events.consent.ConsentGranted;
import care.tandem.events.consent.ConsentRevoked;
import care.tandem.events.id.PlanId;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;

/**
 * The plan's way to the person's consent record: a command to the person's aggregate, sent within the plan's own
 * command, so both streams commit in one transaction, or neither (a nested unit of work commits with its parent).
 * The plan's metadata goes along: the person's events name the same actor and correlation id.
 */
@Component
class GatewayConsentLedger implements ConsentLedger {

    private final CommandGateway commands;

    GatewayConsentLedger(CommandGateway commands) {
        this.commands = commands;
    }

    @Override
    public void grant(ConsentGranted consent, MetaData metaData) {
        send(new RecordConsent(PersonConsentsId.of(consent.person()), consent), metaData);
    }

    @Override
    public void revoke(PlanId planId, ConsentRevoked revocation, MetaData metaData) {
        send(new RecordConsentRevocation(PersonConsentsId.of(revocation.person()), planId, revocation), metaData);
    }

    @Override
    public void disclose(DisclosureRequest request, MetaData metaData) {
        send(new DiscloseInformation(PersonConsentsId.of(request.person()), request), metaData);
    }

    private void send(Object command, MetaData metaData) {
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metaData));
    }
}
