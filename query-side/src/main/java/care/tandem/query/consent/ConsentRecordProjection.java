package care.tandem.query.consent;

import care.tandem.events.consent.ConsentGranted;
import care.tandem.events.consent.ConsentRevoked;
import care.tandem.events.consent.InformationDisclosed;
import care.tandem.events.consent.PersonalDataShredded;
import care.tandem.events.plan.TreatmentPlanDischarged;
import care.tandem.query.readmodel.PersonShredded;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.context.ApplicationEventPublisher;
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
    private final DischargedPlans discharges;
    private final ApplicationEventPublisher news;

    ConsentRecordProjection(ConsentRecords records, ReceivedDisclosures received, DischargedPlans discharges,
                            ApplicationEventPublisher news) {
        this.records = records;
        this.received = received;
        this.discharges = discharges;
        this.news = news;
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

    /**
     * Recorded in the person's record for compliance; the read models must forget the person's text (told again on a
     * rebuild, which is then known news).
     */
    @EventHandler
    void on(PersonalDataShredded event, @SequenceNumber long sequenceNumber) {
        records.apply(ConsentRecords.keyOf(event.person()), sequenceNumber,
                record -> record.shredded(ShreddingEntry.of(event)));
        news.publishEvent(new PersonShredded(event.person().value(), event.shreddedAt()));
    }

    /** Ends every consent given in the plan "until discharge". */
    @EventHandler
    void on(TreatmentPlanDischarged event, @SequenceNumber long sequenceNumber) {
        discharges.apply(event.planId(), sequenceNumber, plan -> plan.dischargedAt(event.dischargedAt()));
    }

    @ResetHandler
    void forgetEveryRecord() {
        records.deleteAll();
        received.deleteAll();
        discharges.deleteAll();
    }
}
