package care.tandem.query.consent;

import care.tandem.events.consent.ConsentGranted;
import care.tandem.events.consent.ConsentRevoked;
import care.tandem.events.consent.InformationDisclosed;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

/** Each person's consents and the accounting of disclosures of their information, from their consent stream. */
@Component
@ProcessingGroup(ConsentRecordProjection.PROCESSING_GROUP)
public class ConsentRecordProjection {

    public static final String PROCESSING_GROUP = "consent-records";

    private final ConsentRecords records;

    ConsentRecordProjection(ConsentRecords records) {
        this.records = records;
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
    }

    @ResetHandler
    void forgetEveryRecord() {
        records.deleteAll();
    }
}
