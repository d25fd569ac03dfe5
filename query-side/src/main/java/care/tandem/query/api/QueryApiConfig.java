package care.tandem.query.api;

import care.tandem.query.config.ClinicTime;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.List;

/** Lets controllers take a {@link Period} and a {@link PageRequest} as arguments. */
@Configuration(proxyBeanMethods = false)
class QueryApiConfig implements WebMvcConfigurer {

    private final ClinicTime clinicTime;

    QueryApiConfig(ClinicTime clinicTime) {
        this.clinicTime = clinicTime;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new PeriodArgumentResolver(clinicTime));
        resolvers.add(new PageRequestArgumentResolver());
    }
}
