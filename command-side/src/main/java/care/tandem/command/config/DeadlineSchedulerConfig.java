package care.tandem.command.config;

import care.tandem.events.serialization.TandemSerialization;
import com.github.kagkarlsson.scheduler.boot.config.DbSchedulerCustomizer;
import com.github.kagkarlsson.scheduler.serializer.JacksonSerializer;
import com.github.kagkarlsson.scheduler.serializer.Serializer;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.messaging.interceptors.CorrelationDataInterceptor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.util.Optional;

/**
 * Deadlines (a paused couples therapy's review, ...) survive restarts: db-scheduler keeps them in PostgreSQL
 * ({@code scheduled_tasks}, created by Flyway) and polls for due ones; Axon's
 * {@code AxonDbSchedulerAutoConfiguration} builds the {@code DbSchedulerDeadlineManager} over that scheduler as
 * soon as the starter's {@code Scheduler} bean exists. A deadline row is written in the command's own
 * transaction (db-scheduler wraps the DataSource transaction-aware), so it commits or rolls back with the
 * events; a cancel deletes it the same way.
 * <p>
 * Axon serializes the deadline's payload, metadata and scope with the {@code eventSerializer} bean (Tandem's
 * Jackson serializer). This bean makes db-scheduler store the envelope around them as JSON too, instead of
 * Java serialization: Axon's envelope class declares no serialVersionUID, so Java-serialized rows could stop
 * deserializing after an Axon upgrade, and nothing read back from the database is Java-deserialized.
 * <p>
 * Axon registers the correlation data providers on the command bus only, so events an aggregate applies in a
 * {@code @DeadlineHandler} would carry no audit metadata at all. The deadline manager gets its own provider
 * ({@link DeadlineAuditMetadataProvider}): the scheduler is the actor, the event is caused by the deadline
 * message, and it keeps the correlation id of the request that set the deadline.
 * <p>
 * Settings are the starter's {@code db-scheduler.*} keys in {@code command-side.yml}. The query side has no
 * DataSource, so neither the scheduler nor Axon's deadline manager over it start there, even in the one-JVM
 * launcher.
 */
@Configuration
class DeadlineSchedulerConfig {

    @Bean
    DbSchedulerCustomizer jsonTaskDataCustomizer() {
        Serializer json = new JacksonSerializer(TandemSerialization.objectMapper());
        return new DbSchedulerCustomizer() {
            @Override
            public Optional<Serializer> serializer() {
                return Optional.of(json);
            }
        };
    }

    @Bean
    static BeanPostProcessor deadlineCorrelationData(ObjectProvider<Clock> clock) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof DeadlineManager deadlines) {
                    deadlines.registerHandlerInterceptor(new CorrelationDataInterceptor<>(
                            new DeadlineAuditMetadataProvider(clock.getObject())));
                }
                return bean;
            }
        };
    }
}
