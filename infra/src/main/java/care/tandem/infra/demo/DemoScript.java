package care.tandem.infra.demo;

import java.util.List;

/**
 * The demo program as the ordered command requests that create it over the public command API, with the plans
 * they create. A pure function of the {@link DemoProgram}: no clock, no network, no randomness but the seed's.
 */
public record DemoScript(DemoProgram program, List<DemoPlan> plans, List<DemoStep> steps) {

    public static DemoScript of(DemoProgram program) {
        return new DemoScriptWriter(program).write();
    }
}
