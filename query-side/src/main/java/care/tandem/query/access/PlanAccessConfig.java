package care.tandem.query.access;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class PlanAccessConfig implements WebMvcConfigurer {

    private final PlanAccessInterceptor planAccess;

    PlanAccessConfig(PlanAccessInterceptor planAccess) {
        this.planAccess = planAccess;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(planAccess).addPathPatterns("/api/treatment-plans/{planId}",
                "/api/treatment-plans/{planId}/**", "/api/clinicians/{clinicianId}/schedule",
                "/api/participants/{participantId}/**");
    }
}
