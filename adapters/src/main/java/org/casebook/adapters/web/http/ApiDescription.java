package org.casebook.adapters.web.http;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * What {@code /v3/api-docs} and Swagger UI say about the API as a whole: its title, the build's version
 * ({@code META-INF/build-info.properties}, written by the Spring Boot Maven plugin), a description, and how to sign
 * in, so that Swagger UI's "Authorize" sends credentials with "Try it out". The scheme follows
 * {@code SecurityConfiguration}: HTTP Basic under the {@code demo} profile, bearer tokens (JWT) otherwise.
 */
@Configuration(proxyBeanMethods = false)
public class ApiDescription {

    static final String BASIC = "basic";
    static final String BEARER = "bearer";

    @Bean
    OpenAPI casebookOpenApi(ObjectProvider<BuildProperties> build, Environment environment) {
        BuildProperties properties = build.getIfAvailable();
        String version = properties == null ? "development" : properties.getVersion();
        boolean demo = environment.acceptsProfiles(Profiles.of("demo"));
        String scheme = demo ? BASIC : BEARER;
        SecurityScheme signIn = demo
                ? new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                        .description("The demo users: caseworker1, caseworker2, volunteer1, volunteer2, manager1,"
                                + " auditor1, dg1; each password is <username>-pass.")
                : new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                        .description("A token from the organisation's identity provider, for audience casebook,"
                                + " with the Casebook roles in its `roles` claim.");
        return new OpenAPI()
                .info(new Info()
                        .title("Casebook API")
                        .version(version)
                        .description(DESCRIPTION))
                .components(new Components().addSecuritySchemes(scheme, signIn))
                .addSecurityItem(new SecurityRequirement().addList(scheme));
    }

    private static final String DESCRIPTION = """
            Case management for a Parent Partnership Service (a SEND Information, Advice and Support Service).
            Every command appends immutable events to a case's history; every query is derived from them.

            - Commands are `POST` (or `PUT` for personal details) and answer `201` (or `200`) with the new id and an
              `ETag` holding the case version. Send `If-Match` to refuse a stale write (`412`) and
              `Idempotency-Key` to make a retry safe.
            - A refusal is an RFC 9457 problem whose `type` names the rule, e.g. `/problems/consent-required`
              (`409`). Bad input is `400` with `errors[{field, message}]`; a case you may not see is `404`.
            - Dates are `yyyy-MM-dd`, the day the thing happened; a date after today (Europe/London) is `400`.

            The full description, with every rule and the source document it comes from, is docs/api.md in the
            repository. Health is at `/actuator/health`, without signing in.
            """;
}
