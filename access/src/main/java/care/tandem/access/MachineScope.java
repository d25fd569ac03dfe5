package care.tandem.access;

/**
 * What a machine client (client credentials, no person behind it) may do, as OAuth2 scopes: a downstream system,
 * the demo seeder, a benchmark, a metrics scraper, deployment automation that rebuilds read models. Plan scopes reach
 * every plan, so they are for trusted systems only; every event and every access record names the client.
 */
public enum MachineScope {
    PLANS_READ("plans.read"),
    PLANS_WRITE("plans.write"),
    METRICS_READ("metrics.read"),
    /** The read models' operations an operator has (status, rebuild, dead letters): no health data. */
    OPERATIONS("operations");

    private final String scope;

    MachineScope(String scope) {
        this.scope = scope;
    }

    public String scope() {
        return scope;
    }

    public String authority() {
        return "SCOPE_" + scope;
    }
}
