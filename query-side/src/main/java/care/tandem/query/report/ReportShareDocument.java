package care.tandem.query.report;

import care.tandem.query.readmodel.DocumentKey;
import care.tandem.query.readmodel.PlanDocument;
import org.bson.codecs.pojo.annotations.BsonId;

/** One plan's share of the program report for one clinician in one week, keyed week/clinician/plan. */
public record ReportShareDocument(
        @BsonId String id,
        long lastAppliedSequence,
        ProgramFigures figures) implements PlanDocument<ReportShareDocument> {

    static ReportShareDocument of(DocumentKey key, ProgramFigures figures) {
        return new ReportShareDocument(key.value(), NOTHING_APPLIED, figures);
    }

    @Override
    public ReportShareDocument withLastAppliedSequence(long sequence) {
        return new ReportShareDocument(id, sequence, figures);
    }
}
