package org.casebook.adapters.web;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

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
        return mapper;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new AcceptableBeforeActing()).addPathPatterns("/api/**");
        registry.addInterceptor(readYourWrites.getObject()).addPathPatterns(ReadYourWrites.PATHS);
    }
}
