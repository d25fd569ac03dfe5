package care.tandem.query.consent;

import care.tandem.query.readmodel.PlanDocument;
import org.bson.codecs.pojo.annotations.BsonId;

import java.time.Instant;

/** When a plan was discharged (null while open): the end of every consent given in it "until discharge". */
public record DischargedPlanDocument(@BsonId String id, long lastAppliedSequence, Instant dischargedAt)
        implements PlanDocument<DischargedPlanDocument> {

    static DischargedPlanDocument empty(String id) {
        return new DischargedPlanDocument(id, NOTHING_APPLIED, null);
    }

    @Override
    public DischargedPlanDocument withLastAppliedSequence(long sequence) {
        return new DischargedPlanDocument(id, sequence, dischargedAt);
    }

    DischargedPlanDocument dischargedAt(Instant instant) {
        return new DischargedPlanDocument(id, lastAppliedSequence, instant);
    }
}
