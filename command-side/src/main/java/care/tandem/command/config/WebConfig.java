package care.tandem.command.config;

import care.tandem.command.metrics.CommandMetrics;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.List;

@Configuration
class WebConfig implements WebMvcConfigurer {

    private final List<HandlerMethodArgumentResolver> resolvers;
    private final CommandMetrics commandMetrics;

    WebConfig(List<HandlerMethodArgumentResolver> resolvers, CommandMetrics commandMetrics) {
        this.resolvers = resolvers;
        this.commandMetrics = commandMetrics;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(commandMetrics);
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> argumentResolvers) {
        argumentResolvers.addAll(resolvers);
    }
}
