package care.tandem.query.operations;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.EventProcessingConfigurer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.time.Clock;

/**
 * Times every read model's projection lag, whatever processors there are, and marks every answer of the query API while
 * a read model is being rebuilt or its answers are stale.
 */
@Configuration(proxyBeanMethods = false)
class OperationsConfig implements WebMvcConfigurer {

    private final ReadModelRebuilds rebuilds;
    private final ReadModelHealth health;

    OperationsConfig(ReadModelRebuilds rebuilds, ReadModelHealth health) {
        this.rebuilds = rebuilds;
        this.health = health;
    }

    /** A default interceptor reaches the processor of every processing group, including those added later. */
    @Autowired
    void everyReadModelTimesItsLag(EventProcessingConfigurer processing, MeterRegistry meters) {
        processing.registerDefaultHandlerInterceptor(
                (configuration, readModel) -> new ProjectionLag(meters, readModel, Clock.systemUTC()));
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new ReadModelHeaders(rebuilds, health));
    }
}
