package care.tandem.bench;

import care.tandem.events.upcasting.TandemUpcasters;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Added to the command-side application by the benchmark: makes sure Axon's JDBC engine passes every event it loads
 * through Tandem's upcaster chain, as the issue asks. When the application registers an upcaster bean itself, that one
 * is used and nothing is added; otherwise the chain is registered the way the query side registers it.
 */
@Configuration(proxyBeanMethods = false)
class BenchAxonConfig {

    static final String BEAN_NAME = "benchTandemUpcasters";

    /** Runs once every configuration class of the application has registered its beans. */
    @Bean
    static BeanDefinitionRegistryPostProcessor tandemUpcastersUnlessPresent() {
        return new BeanDefinitionRegistryPostProcessor() {
            @Override
            public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
                if (registry instanceof ConfigurableListableBeanFactory beans
                        && beans.getBeanNamesForType(EventUpcaster.class, true, false).length == 0) {
                    registry.registerBeanDefinition(BEAN_NAME,
                            new RootBeanDefinition(EventUpcasterChain.class, TandemUpcasters::chain));
                }
            }

            @Override
            public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
                // bean definitions only
            }
        };
    }
}
