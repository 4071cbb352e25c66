package org.casebook.adapters.privacy;

import java.time.Clock;
import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Wires the sealing of personal data (ADR 7): the per-case keys ({@link CaseKeys}, wrapped by the master key that
 * {@link KeyCustodyConfiguration} provides), the seal that the stored events' JSON uses for every personal field
 * (registered on Axon's mapper in {@code EventStoreConfiguration}), and the read models' key prefetch. Erasure and
 * retention are wired on their own ({@link CaseErasure}, {@link RetentionConfiguration}).
 */
@Configuration(proxyBeanMethods = false)
public class PrivacyConfiguration {

    @Bean
    CaseKeys caseKeys(JdbcTemplate jdbc, Clock clock, MasterKeys masterKeys) {
        return new CaseKeys(jdbc, clock, masterKeys);
    }

    /** Personal data in events is sealed with a key per case, so that erasure can destroy the key (ADR 7). */
    @Bean
    PersonalDataSeal personalDataSeal(CaseKeys keys) {
        return new PersonalDataSeal(keys);
    }

    /** Every read model reads the keys of a batch's cases at once (KeyPrefetch). */
    @Bean
    ConfigurerModule keyPrefetchForReadModels(CaseKeys keys) {
        KeyPrefetch prefetch = new KeyPrefetch(keys);
        return configurer -> configurer.eventProcessing(processing ->
                processing.registerDefaultHandlerInterceptor((config, processor) -> prefetch));
    }
}
