package care.tandem.edge;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;

/**
 * The HTTP edge both services share; each imports it. {@code tandem.http.max-body-bytes} (default 64 KiB: the
 * largest command, a family of 20 with every field at its limit, is about 12 KiB) bounds a request body.
 */
@Configuration(proxyBeanMethods = false)
@Import(ProblemErrorController.class)
public class HttpEdgeConfig {

    /** Before every other filter of the services, so nothing reads a body or opens a transaction first. */
    static final int ENVELOPE_FILTER_ORDER = Ordered.HIGHEST_PRECEDENCE + 20;

    @Bean
    FilterRegistrationBean<RequestEnvelopeFilter> requestEnvelopeFilter(
            @Value("${tandem.http.max-body-bytes:65536}") int maxBodyBytes) {
        FilterRegistrationBean<RequestEnvelopeFilter> registration =
                new FilterRegistrationBean<>(new RequestEnvelopeFilter(maxBodyBytes));
        registration.setOrder(ENVELOPE_FILTER_ORDER);
        return registration;
    }

    @Bean
    ProblemValveCustomizer problemValveCustomizer() {
        return new ProblemValveCustomizer();
    }
}
