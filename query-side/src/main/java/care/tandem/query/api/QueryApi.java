package care.tandem.query.api;

/** Paths of the query API. */
public final class QueryApi {

    /** Every read model is served below its plan's path. */
    public static final String PLAN_PATH = "/api/treatment-plans/{planId}";

    private QueryApi() {
    }
}
