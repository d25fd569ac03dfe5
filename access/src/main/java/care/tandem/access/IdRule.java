package care.tandem.access;

/**
 * Which strings are ids (of a plan, a participant) by the domain's rule, which each service supplies, so that access
 * control itself knows nothing of the domain: a token's participant claim and the plan and person an audited request
 * names count only when they are.
 */
@FunctionalInterface
public interface IdRule {

    boolean accepts(String id);
}
