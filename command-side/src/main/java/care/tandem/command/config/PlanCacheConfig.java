package care.tandem.command.config;

import com.github.benmanes.caffeine.jcache.configuration.CaffeineConfiguration;
import com.github.benmanes.caffeine.jcache.spi.CaffeineCachingProvider;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.JCacheAdapter;
import org.axonframework.common.caching.NoCache;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.cache.CacheManager;
import java.net.URI;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * Plans stay loaded between commands: a command on a plan this instance handled last finds it in memory instead of
 * reading its snapshot and events again (Axon's caching repository; Caffeine behind Axon's JCache adapter, bounded
 * by plan count). The cache is only a shortcut: {@code PlanCommandGateway} drops a plan from it whenever the event
 * store's version of the plan is not the one this instance last committed, so a plan changed by another instance,
 * by a deadline or by a rolled-back transaction is read from the store again.
 */
@Configuration(proxyBeanMethods = false)
class PlanCacheConfig {

    /** One cache manager per application context: several contexts in one JVM (tests, the launcher) never share. */
    @Bean(destroyMethod = "close")
    CacheManager planCacheManager() {
        CaffeineCachingProvider provider = new CaffeineCachingProvider();
        return provider.getCacheManager(URI.create("tandem-command-side-" + UUID.randomUUID()),
                PlanCacheConfig.class.getClassLoader());
    }

    /** Named by {@code @Aggregate(cache = ...)} on the plan. */
    @Bean
    Cache treatmentPlanCache(CacheManager planCacheManager, @Value("${tandem.plan-cache.plans}") long plans) {
        if (plans == 0) {
            return NoCache.INSTANCE;
        }
        CaffeineConfiguration<Object, Object> configuration = new CaffeineConfiguration<>();
        configuration.setMaximumSize(OptionalLong.of(plans));
        // By reference: a plan is live state of the repository, never copied or serialized.
        configuration.setStoreByValue(false);
        return new JCacheAdapter(planCacheManager.createCache("treatment-plans", configuration));
    }
}
