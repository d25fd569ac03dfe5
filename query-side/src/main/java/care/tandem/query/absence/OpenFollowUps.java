package care.tandem.query.absence;

import care.tandem.events.id.PlanId;
import care.tandem.query.absence.OpenFollowUpsDocument.PartnerOpenItems;
import care.tandem.query.readmodel.DocumentKey;
import care.tandem.query.readmodel.PlanDirectoryDocuments;
import com.mongodb.client.MongoDatabase;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Map;

/** The directory of open absent-partner follow-ups and active participation concerns, read in full for the program. */
@Repository
class OpenFollowUps extends PlanDirectoryDocuments<OpenFollowUpsDocument> {

    OpenFollowUps(MongoDatabase tandemDatabase) {
        super(tandemDatabase, "absent-partner-open-follow-ups", OpenFollowUpsDocument.class,
              id -> OpenFollowUpsDocument.of(DocumentKey.parse(id), List.of()));
    }

    /** The plan's share of the directory: none while nothing is open, which clears an entry that was. */
    static Map<DocumentKey, List<PartnerOpenItems>> entryOf(AbsentPartnerSummaryDocument summary) {
        List<PartnerOpenItems> open = PartnerOpenItems.of(summary);
        return open.isEmpty() ? Map.of() : Map.of(keyOf(PlanId.of(summary.id())), open);
    }

    /** The plans with anything open, in plan id order. */
    List<OpenFollowUpsDocument> plansWithOpenItems() {
        return everyPlan().stream().filter(plan -> !plan.partners().isEmpty()).toList();
    }
}
