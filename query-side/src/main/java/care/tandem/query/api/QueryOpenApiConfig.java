package care.tandem.query.api;

import care.tandem.edge.openapi.ApiDocumentation;
import care.tandem.events.id.Ids;
import io.swagger.v3.oas.models.OpenAPI;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.function.UnaryOperator;

/**
 * The query API's OpenAPI document ({@code /v3/api-docs}, Swagger UI at {@code /swagger-ui.html}): derived by springdoc
 * from the controllers and response records, completed by {@link ApiDocumentation} from {@link QueryApiExamples}. The
 * period and paging parameters stand in for the {@link Period} and {@link PageRequest} arguments they are read into.
 */
@Configuration(proxyBeanMethods = false)
class QueryOpenApiConfig {

    private final ApiDocumentation documentation = new ApiDocumentation(QueryApiExamples.RESOURCE, Ids.PATTERN);

    @Bean
    OpenAPI queryApiDocument() {
        return documentation.head();
    }

    @Bean
    OperationCustomizer periodAndPagingParameters() {
        return documentation.resolvedArguments();
    }

    @Bean
    OpenApiCustomizer queryApiCompletion() {
        return documentation.completion(UnaryOperator.identity());
    }
}
