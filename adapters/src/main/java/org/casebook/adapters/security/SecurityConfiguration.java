package org.casebook.adapters.security;

import static org.casebook.domain.shared.StaffRole.AUDITOR;
import static org.casebook.domain.shared.StaffRole.CASEWORKER;
import static org.casebook.domain.shared.StaffRole.DEVELOPMENT_GROUP;
import static org.casebook.domain.shared.StaffRole.MANAGER;
import static org.casebook.domain.shared.StaffRole.VOLUNTEER;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.PathPatternRequestMatcherBuilderFactoryBean;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * The contract's role table as URL rules. Anything not named here is refused, so an endpoint added without a rule
 * cannot leak. Volunteers' narrower view (only allocated cases, 404 otherwise) is enforced per case, by the domain
 * for commands and by the query side for reads.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    @Bean
    SecurityFilterChain api(HttpSecurity http, Environment environment, ProblemAuthenticationHandlers problems,
                            ObjectProvider<JwtDecoder> jwtDecoder, LoginThrottle throttle, ObjectMapper objectMapper)
            throws Exception {
        http.csrf(csrf -> csrf.disable())
                .addFilterBefore(new LoginThrottleFilter(throttle, objectMapper), BasicAuthenticationFilter.class)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // A stateless API has no session to log out of and no login page to return a saved request to:
                // without these two filters POST /logout is refused like any path outside the role table instead of
                // answering a redirect, and no request pays for either (issue 12).
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable())
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .authorizeHttpRequests(this::roleTable);
        if (environment.acceptsProfiles(Profiles.of("demo"))) {
            http.httpBasic(basic -> basic.authenticationEntryPoint(problems));
        } else {
            if (jwtDecoder.getIfAvailable() == null) {
                throw new IllegalStateException("Without the demo profile Casebook authenticates bearer tokens: set"
                        + " spring.security.oauth2.resourceserver.jwt.issuer-uri (or jwk-set-uri or"
                        + " public-key-location).");
            }
            http.oauth2ResourceServer(oauth -> oauth
                    .authenticationEntryPoint(problems)
                    .accessDeniedHandler(problems)
                    .jwt(jwt -> { }));
        }
        return http.build();
    }

    /**
     * No Micrometer observation around each of the dozen security filters, each authentication and each authorization
     * decision: profiled under load (issue 12, docs/performance.md) those wrappers cost more than the security work
     * they wrapped. Each request as a whole is still observed ({@code http.server.requests}), and failed logins are
     * still counted by the login throttle.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /**
     * The role table's paths are matched as Spring MVC's own path patterns, by Spring Security itself, instead of by
     * asking Spring MVC which handler a request would reach (the default until Spring Security 7). Same patterns, same
     * parser (ADR 0038); the handler lookup that answered each rule cost 2 % of a request thread (issue 12).
     */
    @Bean
    static PathPatternRequestMatcherBuilderFactoryBean pathPatterns() {
        return new PathPatternRequestMatcherBuilderFactoryBean();
    }

    /**
     * Without a rule matched by asking Spring MVC, nothing reads the handler lookup that Spring Security's
     * configuration does in advance for every request and keeps on it ({@code HandlerMappingIntrospector}'s cache
     * filter, wrapped around the filter chain); so that filter is left out (ADR 0038). The dispatcher's own lookup is
     * untouched. Should a future version look the handler up through the introspector after all, the introspector
     * still answers (it looks the handler up itself and logs that its cache was missed).
     */
    @Bean
    static BeanFactoryPostProcessor withoutHandlerLookupInAdvance() {
        return beanFactory -> HandlerLookupInAdvance.leaveOut(beanFactory, "springSecurityFilterChain");
    }

    private void roleTable(
            org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer<HttpSecurity>
                    .AuthorizationManagerRequestMatcherRegistry rules) {
        rules.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                .requestMatchers("/error").permitAll()
                .requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**").permitAll()
                .requestMatchers(HttpMethod.GET, "/actuator/prometheus").hasRole(MANAGER.name())
                .requestMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html",
                        "/swagger-ui/**", "/problems/**").permitAll()
                .requestMatchers(HttpMethod.POST, "/api/enquiries").hasAnyRole(Roles.of(CASEWORKER, MANAGER))
                .requestMatchers(HttpMethod.GET, "/api/cases/*/subject-access").hasRole(MANAGER.name())
                .requestMatchers(HttpMethod.POST, "/api/cases/*/erasure").hasRole(MANAGER.name())
                .requestMatchers(HttpMethod.POST, "/api/cases/*/subject-access-requests").hasRole(MANAGER.name())
                .requestMatchers(HttpMethod.GET, "/api/cases/**")
                    .hasAnyRole(Roles.of(CASEWORKER, VOLUNTEER, MANAGER, AUDITOR))
                .requestMatchers(HttpMethod.POST, "/api/cases/**").hasAnyRole(Roles.of(CASEWORKER, VOLUNTEER, MANAGER))
                .requestMatchers(HttpMethod.PUT, "/api/cases/**").hasAnyRole(Roles.of(CASEWORKER, VOLUNTEER, MANAGER))
                .requestMatchers(HttpMethod.POST, "/api/compliments").hasAnyRole(Roles.of(CASEWORKER, VOLUNTEER, MANAGER))
                .requestMatchers(HttpMethod.GET, "/api/caseload").hasAnyRole(Roles.of(CASEWORKER, VOLUNTEER, MANAGER))
                .requestMatchers(HttpMethod.GET, "/api/reports/development-group")
                    .hasAnyRole(Roles.of(CASEWORKER, MANAGER, AUDITOR, DEVELOPMENT_GROUP))
                .requestMatchers(HttpMethod.GET, "/api/reports/impartiality").hasAnyRole(Roles.of(MANAGER, AUDITOR))
                .requestMatchers(HttpMethod.GET, "/api/development-group/**")
                    .hasAnyRole(Roles.of(MANAGER, DEVELOPMENT_GROUP))
                .requestMatchers(HttpMethod.POST, "/api/development-group/**").hasRole(MANAGER.name())
                .requestMatchers(HttpMethod.GET, "/api/audit/access").hasRole(MANAGER.name())
                .requestMatchers(HttpMethod.GET, "/api/audit/integrity").hasAnyRole(Roles.of(AUDITOR, MANAGER))
                .requestMatchers("/api/admin/**").hasRole(MANAGER.name())
                .anyRequest().denyAll();
    }
}
