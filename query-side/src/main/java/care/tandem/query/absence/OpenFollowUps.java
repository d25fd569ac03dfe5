package care.tandem.query.absence;

import care.tandem.query.readmodel.DocumentKey;
import care.tandem.query.readmodel.PlanDocuments;
import com.mongodb.client.MongoDatabase;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Map;

/**
 * The directory of open absent-partner follow-ups and active participation concerns, keyed {@code plan/<planId>}: the
 * common prefix makes every plan's entry one {@code _id} range, read in full for the program overview.
 */
@Repository
class OpenFollowUps extends PlanDocuments<OpenFollowUpsDocument> {

    private static final DocumentKey DIRECTORY = DocumentKey.of("plan");

    OpenFollowUps(MongoDatabase tandemDatabase) {
        super(tandemDatabase, "absent-partner-open-follow-ups", OpenFollowUpsDocument.class,
              id -> OpenFollowUpsDocument.of(DocumentKey.parse(id), List.of()));
    }

    /** The plan's share of the directory: none while nothing is open, which clears an entry that was. */
    static Map<DocumentKey, List<OpenFollowUpsDocument.PartnerOpenItems>> entryOf(
            AbsentPartnerSummaryDocument summary) {
        List<OpenFollowUpsDocument.PartnerOpenItems> open = OpenFollowUpsDocument.PartnerOpenItems.of(summary);
        return open.isEmpty() ? Map.of() : Map.of(DIRECTORY.with(summary.id()), open);
    }

    /** The plans with anything open, in plan id order. */
    List<OpenFollowUpsDocument> plansWithOpenItems() {
        return findAllUnder(DIRECTORY).stream().filter(plan -> !plan.partners().isEmpty()).toList();
    }
}
