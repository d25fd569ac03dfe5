package care.tandem.query.consent;

import care.tandem.events.id.ParticipantId;
import care.tandem.query.readmodel.DocumentKey;
import care.tandem.query.readmodel.PlanDocuments;
import com.mongodb.client.MongoDatabase;
import org.springframework.stereotype.Repository;

import java.util.Optional;

@Repository
public class ConsentRecords extends PlanDocuments<ConsentRecordDocument> {

    ConsentRecords(MongoDatabase tandemDatabase) {
        super(tandemDatabase, "consent-records", ConsentRecordDocument.class, ConsentRecordDocument::empty);
    }

    static DocumentKey keyOf(ParticipantId person) {
        return DocumentKey.of("person", person.value());
    }

    public Optional<ConsentRecordDocument> of(ParticipantId person) {
        return find(keyOf(person));
    }
}
