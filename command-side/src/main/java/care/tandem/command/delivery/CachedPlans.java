package care.tandem.command.delivery;

import com.github.benmanes.caffeine.cache.Caffeine;
import org.axonframework.common.caching.Cache;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps the plan cache honest: a cached plan is used only while the event store's version of it is the one this
 * instance committed last. Anything else (another command-side instance, a deadline, a transaction that rolled back
 * after the plan changed in memory) drops the plan from the cache, and Axon reads it from the event store again.
 * Checked under the plan's lock, so nobody going through {@link PlanCommandGateway} can change the plan in between.
 */
@Component
class CachedPlans {

    private final Cache plans;
    private final com.github.benmanes.caffeine.cache.Cache<String, Long> committedVersions;

    CachedPlans(@Qualifier("treatmentPlanCache") Cache plans, @Value("${tandem.plan-cache.plans}") long size) {
        this.plans = plans;
        this.committedVersions = Caffeine.newBuilder().maximumSize(size).build();
    }

    /** Before a command: drops the cached plan unless this instance committed the store's current version. */
    void checkAgainst(String planId, Long storeVersion) {
        Long committed = committedVersions.getIfPresent(planId);
        if (committed == null || !committed.equals(storeVersion)) {
            plans.remove(planId);
        }
    }

    /**
     * After a command reached the version in the current transaction: it is this instance's once the transaction
     * commits. A command that failed left nothing in the cache (Axon drops a plan whose unit of work rolled back); one
     * that succeeded can still be rolled back with an enclosing transaction (an Idempotency-Key's), and then the plan in
     * the cache is ahead of the store.
     */
    void rememberOnCommit(String planId, long version) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status == STATUS_COMMITTED) {
                    committedVersions.put(planId, version);
                } else {
                    committedVersions.invalidate(planId);
                    plans.remove(planId);
                }
            }
        });
    }
}
