package care.tandem.query.consent;

import care.tandem.events.consent.ConsentGranted;
import care.tandem.events.consent.ConsentRevoked;
import care.tandem.events.consent.InformationDisclosed;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

/**
 * Each person's consents and the accounting of disclosures of their information, from their consent stream; and
 * what each recipient received, filed under the recipient.
 */
@Component
@ProcessingGroup(ConsentRecordProjection.PROCESSING_GROUP)
public class ConsentRecordProjection {

    public static final String PROCESSING_GROUP = "consent-records";

    private final ConsentRecords records;
    private final ReceivedDisclosures received;

    ConsentRecordProjection(ConsentRecords records, ReceivedDisclosures received) {
        this.records = records;
        this.received = received;
    }

    @EventHandler
    void on(ConsentGranted event, @SequenceNumber long sequenceNumber) {
        records.apply(ConsentRecords.keyOf(event.person()), sequenceNumber,
                record -> record.withConsent(ConsentEntry.of(event)));
    }

    @EventHandler
    void on(ConsentRevoked event, @SequenceNumber long sequenceNumber) {
        records.apply(ConsentRecords.keyOf(event.person()), sequenceNumber,
                record -> record.withRevocation(event.consentId().value(), event.revokedAt(),
                        event.recordedBy().value()));
    }

    @EventHandler
    void on(InformationDisclosed event, @SequenceNumber long sequenceNumber) {
        records.apply(ConsentRecords.keyOf(event.person()), sequenceNumber,
                record -> record.withDisclosure(DisclosureEntry.of(event)));
        received.apply(ReceivedDisclosures.keyOf(event.recipient(), event.person()), sequenceNumber,
                document -> document.with(event.person().value(), DisclosureEntry.of(event)));
    }

    @ResetHandler
    void forgetEveryRecord() {
        records.deleteAll();
        received.deleteAll();
    }
}
