package org.casebook.adapters.web.http;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.module.blackbird.BlackbirdModule;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.DispatcherType;
import java.time.Clock;
import java.time.LocalDate;
import org.casebook.adapters.consistency.ConsistencyProperties;
import org.casebook.adapters.json.IsoDates;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Wires Spring MVC for the API: the JSON mapper for HTTP (kept apart from Axon's mapper for stored events), the
 * interceptors that check Accept before a command acts and wait for read-your-writes before a read-model query
 * answers, and the service's one clock, which tests replace.
 */
@Configuration(proxyBeanMethods = false)
public class WebConfiguration implements WebMvcConfigurer {

    private final ObjectProvider<ReadYourWrites> readYourWrites;

    WebConfiguration(ObjectProvider<ReadYourWrites> readYourWrites) {
        this.readYourWrites = readYourWrites;
    }

    /** The one clock of the service; tests replace it to move time. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * The mapper for HTTP, from spring.jackson.* settings. Declared because Axon's own mapper bean (for stored
     * events) would otherwise make Spring Boot skip creating this one.
     */
    @Bean
    @Primary
    ObjectMapper objectMapper(Jackson2ObjectMapperBuilder builder) {
        ObjectMapper mapper = builder.build();
        // Dates are exactly yyyy-MM-dd (contract): no day numbers, no instants cut to their UTC date, no 30 February.
        mapper.configOverride(LocalDate.class).setFormat(JsonFormat.Value.forLeniency(false));
        mapper.registerModule(NulCharacters.jsonModule());
        // Properties through generated accessors rather than Method.invoke: reflection's access checks alone were
        // 3 % of the service's CPU in the mixed workload's profile (ADR 0037).
        mapper.registerModule(new BlackbirdModule());
        // Dates read and written by hand in their one form, everything else by jsr310 as configured above (ADR 0041)
        mapper.registerModule(IsoDates.module());
        return mapper;
    }

    /**
     * Reads that wait for their read model do so off their request thread ({@link WaitingReads}): just after Spring
     * Security, on the paths whose read models trail the store (the Development Group's folds on read never wait),
     * and again on the dispatch that answers them.
     */
    @Bean
    FilterRegistrationBean<WaitingReads> waitingReads(ConsistencyProperties consistency, MeterRegistry registry) {
        FilterRegistrationBean<WaitingReads> registration = new FilterRegistrationBean<>(
                new WaitingReads(readYourWrites.getObject(), consistency.maxWait(), new ReadWaits(registry)));
        registration.addUrlPatterns("/api/caseload", "/api/reports/*");
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC);
        registration.setAsyncSupported(true);
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new AcceptableBeforeActing()).addPathPatterns("/api/**");
        registry.addInterceptor(readYourWrites.getObject()).addPathPatterns(ReadYourWrites.PATHS);
    }
}
