package org.casebook.adapters.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Rules a bearer token must meet beyond Spring's defaults (signature by the configured key and its algorithm, audience
 * {@code casebook}, not expired, not before its time). Spring Boot adds every such validator bean to the decoder it
 * builds. Spring accepts a token without {@code exp} as never expiring; Casebook does not: a token that cannot expire
 * is a password that cannot be changed.
 */
@Configuration(proxyBeanMethods = false)
public class BearerTokenRules {

    @Bean
    OAuth2TokenValidator<Jwt> tokensMustExpire() {
        return jwt -> jwt.getExpiresAt() != null
                ? OAuth2TokenValidatorResult.success()
                : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token",
                        "The token has no expiry (exp)", null));
    }
}
