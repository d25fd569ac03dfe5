package care.tandem.command.delivery;

import care.tandem.command.config.ExpectedVersionCommandTargetResolver;
import care.tandem.command.metrics.CommandMetrics;
import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.Map;
import java.util.Optional;

/**
 * The one way an HTTP request reaches the plan: the command, with the request's audit metadata, sent and
 * awaited, so the response goes out only once the events are stored. The response also gets the plan's
 * version after the command as {@code ETag: "<version>"}, set here, so a controller method needs nothing
 * but {@code commands.send(command, audit)}.
 * <p>
 * All in one PostgreSQL transaction:
 * <ol>
 *     <li>a transaction-scoped advisory lock on the plan id, so commands to one plan run one after the other
 *     across every command-side instance (each waits for the previous one's commit, then loads the plan);</li>
 *     <li>the plan's current version (its highest sequence number). With If-Match it must be the expected one,
 *     else 412 before the command is handled (a stale client hears "stale" rather than a rule the current plan
 *     might not break). The expected version also travels in the command's metadata, where
 *     {@link ExpectedVersionCommandTargetResolver} makes Axon enforce it inside the command's unit of work
 *     too, for writers that do not take the lock. The plan cache is used only if it holds this version
 *     ({@link CachedPlans});</li>
 *     <li>the command, through Axon's gateway: the unit of work joins this transaction (Axon's
 *     SpringTransactionManager, default propagation), so its events are appended on this transaction's
 *     connection and committed with it;</li>
 *     <li>the new version: the sequence number of the last event appended ({@link AppendedVersions}). Nobody
 *     can have appended to the plan in between: other commands wait for the lock, and even a writer without it
 *     could not commit a next event before this transaction does, because the unique (aggregate, sequence)
 *     key makes its append wait for this transaction and then fail.</li>
 * </ol>
 * With an Idempotency-Key, {@code IdempotencyFilter} has opened the transaction (the key claimed in it) and
 * this one joins it, so key, stored answer and events commit or roll back together.
 */
@Component
public class PlanCommandGateway {

    /** First key of every plan lock; the second is hashtext(plan id). Two-key locks never clash with one-key ones. */
    private static final int PLAN_LOCK_SPACE = 0x54414E44;

    private final CommandGateway commandGateway;
    private final CommandMetrics metrics;
    private final EventStore eventStore;
    private final CachedPlans cachedPlans;
    private final AppendedVersions appendedVersions;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final CommandTargetResolver targets = AnnotationCommandTargetResolver.builder().build();

    PlanCommandGateway(CommandGateway commandGateway, CommandMetrics metrics, EventStore eventStore,
                       CachedPlans cachedPlans, AppendedVersions appendedVersions, JdbcTemplate jdbc,
                       PlatformTransactionManager transactionManager) {
        this.commandGateway = commandGateway;
        this.metrics = metrics;
        this.eventStore = eventStore;
        this.cachedPlans = cachedPlans;
        this.appendedVersions = appendedVersions;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * Sends the command and waits for its events to be committed; sets the response's ETag.
     *
     * @return the target plan's version after the command (the sequence number of its last event)
     */
    public long send(Object command, AuditContext audit) {
        metrics.commandStarting(command);
        CommandMessage<?> message = GenericCommandMessage.asCommandMessage(command).andMetaData(audit.asMetadata());
        Long expectedVersion = audit.expectedVersion();
        if (expectedVersion != null) {
            message = message.andMetaData(
                    Map.of(ExpectedVersionCommandTargetResolver.EXPECTED_VERSION, expectedVersion));
        }
        String planId = targets.resolveTarget(message).getIdentifier();
        CommandMessage<?> toSend = message;
        long version = transactions.execute(status -> {
            jdbc.query("select pg_advisory_xact_lock(?, hashtext(?))", (RowCallbackHandler) row -> { },
                    PLAN_LOCK_SPACE, planId);
            Long current = eventStore.lastSequenceNumberFor(planId).orElse(null);
            if (expectedVersion != null && !expectedVersion.equals(current)) {
                throw new StalePlanVersionException(expectedVersion, current);
            }
            cachedPlans.checkAgainst(planId, current);
            long after = appendedVersions.lastAppendedWhile(planId, () -> commandGateway.sendAndWait(toSend))
                    .or(() -> Optional.ofNullable(current))
                    .orElseThrow(() -> new IllegalStateException("A command succeeded on a plan without events"));
            cachedPlans.rememberOnCommit(planId, after);
            return after;
        });
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
            HttpServletResponse response = request.getResponse();
            if (response != null) {
                response.setHeader(HttpHeaders.ETAG, PlanVersions.etag(version));
            }
        }
        return version;
    }
}
