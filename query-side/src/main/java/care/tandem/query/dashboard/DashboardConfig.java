package care.tandem.query.dashboard;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The web dashboard: static pages under {@code static/dashboard/} that read the query API of the same origin, and
 * chart.js from its webjar. The query side has no other page, so its root leads to the dashboard.
 */
@Configuration(proxyBeanMethods = false)
class DashboardConfig implements WebMvcConfigurer {

    static final String HOME = "/dashboard/";

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/", HOME);
        registry.addRedirectViewController("/dashboard", HOME);
        registry.addViewController(HOME).setViewName("forward:" + HOME + "index.html");
    }
}
