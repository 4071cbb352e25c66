package org.casebook.adapters.security;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
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
 *
 * <p>With a JWK set ({@code jwk-set-uri}, {@code issuer-uri}) the decoder picks the key by the token's {@code kid},
 * so a {@code kid} outside the set is refused there. A single {@code public-key-location} has no key id of its own;
 * {@code casebook.security.jwt.key-ids} names the ids the identity provider gives that key, and a token naming any
 * other is refused even when its signature checks out: it was issued for a key this service was never told of.
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

    @Bean
    OAuth2TokenValidator<Jwt> keyIdsMustBeKnown(@Value("${casebook.security.jwt.key-ids:}") List<String> keyIds) {
        List<String> known = keyIds.stream().map(String::strip).filter(id -> !id.isEmpty()).toList();
        return jwt -> {
            Object kid = jwt.getHeaders().get("kid");
            if (known.isEmpty() || kid == null || known.contains(kid.toString())) {
                return OAuth2TokenValidatorResult.success();
            }
            return OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token",
                    "The token names a signing key this service does not know (kid)", null));
        };
    }
}
