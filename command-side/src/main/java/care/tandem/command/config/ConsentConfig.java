package care.tandem.command.config;

import care.tandem.command.plan.ConsentSettings;
import care.tandem.command.plan.MinorConsent;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The clinic's consent rules (tandem.consent.*), handed to the plan's consent and disclosure handlers. */
@Configuration(proxyBeanMethods = false)
class ConsentConfig {

    @Bean
    ConsentSettings consentSettings(@Value("${tandem.consent.minors}") MinorConsent minors,
                                    @Value("${tandem.consent.redisclosure-notice}") String notice) {
        return new ConsentSettings(minors, notice);
    }
}
