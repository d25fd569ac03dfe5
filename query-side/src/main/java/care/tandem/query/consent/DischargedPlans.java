package care.tandem.query.consent;

import care.tandem.events.id.PlanId;
import care.tandem.query.readmodel.PlanDocuments;
import com.mongodb.client.MongoDatabase;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.Optional;

@Repository
public class DischargedPlans extends PlanDocuments<DischargedPlanDocument> {

    DischargedPlans(MongoDatabase tandemDatabase) {
        super(tandemDatabase, "consent-plan-discharges", DischargedPlanDocument.class, DischargedPlanDocument::empty);
    }

    /** When the plan was discharged, if it was. */
    public Optional<Instant> dischargeOf(String planId) {
        return find(PlanId.of(planId)).map(DischargedPlanDocument::dischargedAt);
    }
}
