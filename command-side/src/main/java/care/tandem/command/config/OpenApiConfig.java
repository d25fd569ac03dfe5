package care.tandem.command.config;

import care.tandem.edge.openapi.ApiDocumentation;
import care.tandem.events.id.Ids;
import io.swagger.v3.oas.models.OpenAPI;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/**
 * The command API's OpenAPI document ({@code /v3/api-docs}, Swagger UI at {@code /swagger-ui.html}, its assets served
 * from the webjar in the jar): derived by springdoc from the controllers and request records, completed by
 * {@link ApiDocumentation} from {@link CommandApiExamples}. The audit context's headers stand in for its argument.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

    private final ApiDocumentation documentation = new ApiDocumentation(CommandApiExamples.RESOURCE, Ids.PATTERN);

    @Bean
    OpenAPI commandApiDocument() {
        return documentation.head();
    }

    @Bean
    OperationCustomizer auditContextHeaders() {
        return documentation.resolvedArguments();
    }

    @Bean
    OpenApiCustomizer commandApiCompletion(Clock clock) {
        return documentation.completion(example -> CommandApiExamples.withDates(example, clock));
    }
}
