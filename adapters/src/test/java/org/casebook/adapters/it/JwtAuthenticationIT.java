package org.casebook.adapters.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.flyway.FlywayConfigurationCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Without the demo profile the service is an OAuth2 resource server: it accepts only bearer tokens signed by the
 * configured key, for the configured audience, and takes roles from the `roles` claim. The test signs its own.
 */
@ActiveProfiles(value = "postgres", inheritProfiles = false)
class JwtAuthenticationIT extends PostgresIntegrationTest {

    static final String OWN = OwnSchema.create("casebook_jwt_");

    /** A context of its own, so a schema of its own ({@link OwnSchema}). */
    @TestConfiguration(proxyBeanMethods = false)
    static class OwnSchemaConfiguration {
        @Bean
        FlywayConfigurationCustomizer ownSchemaMigrated() {
            return OwnSchema.migrated(OWN);
        }
    }

    private static final KeyPair TRUSTED = rsa();
    private static final KeyPair STRANGER = rsa();

    @DynamicPropertySource
    static void trustedKey(DynamicPropertyRegistry registry) throws Exception {
        OwnSchema.register(registry, OWN);
        Path pem = Files.createTempFile("casebook-jwt", ".pem");
        Files.writeString(pem, "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(TRUSTED.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n");
        pem.toFile().deleteOnExit();
        registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", () -> "file:" + pem);
    }

    @Test
    void aTokenForTheAudienceWithARoleIsAccepted() {
        Api.Response opened = bearer(token(TRUSTED, "casebook", List.of("CASEWORKER"), 300))
                .post("/api/enquiries", Cases.enquiry(Cases.daysAgo(1)));

        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        Api.Response history = bearer(token(TRUSTED, "casebook", List.of("CASEWORKER"), 300))
                .get("/api/cases/" + opened.json().get("caseId").asText() + "/history");
        assertThat(history.json().at("/events/0/recordedBy").asText()).isEqualTo("jo.smith");
    }

    @Test
    void noTokenIsUnauthorised() {
        Api.Response refused = api.as(null).get("/api/caseload");

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.header("WWW-Authenticate")).startsWith("Bearer");
    }

    @Test
    void demoPasswordsAreNotAcceptedWithoutTheDemoProfile() {
        assertThat(api.as("caseworker1").get("/api/caseload").status()).isEqualTo(401);
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() {
        assertThat(bearer(token(TRUSTED, "another-service", List.of("CASEWORKER"), 300)).get("/api/caseload")
                .status()).isEqualTo(401);
    }

    @Test
    void anExpiredTokenIsRefused() {
        assertThat(bearer(token(TRUSTED, "casebook", List.of("CASEWORKER"), -600)).get("/api/caseload").status())
                .isEqualTo(401);
    }

    @Test
    void aTokenSignedByAnotherKeyIsRefused() {
        assertThat(bearer(token(STRANGER, "casebook", List.of("MANAGER"), 300)).get("/api/caseload").status())
                .isEqualTo(401);
    }

    @Test
    void theRolesClaimDecidesWhatTheCallerMayDo() {
        assertThat(bearer(token(TRUSTED, "casebook", List.of("DEVELOPMENT_GROUP"), 300))
                .post("/api/enquiries", Cases.enquiry(Cases.daysAgo(1))).status()).isEqualTo(403);
        assertThat(bearer(token(TRUSTED, "casebook", List.of(), 300)).get("/api/caseload").status()).isEqualTo(403);
    }

    private Api.Call bearer(String token) {
        return api.as(null).header("Authorization", "Bearer " + token);
    }

    private static String token(KeyPair key, String audience, List<String> roles, long expiresInSeconds) {
        try {
            Instant now = Instant.now();
            JWTClaimsSet claims = new JWTClaimsSet.Builder()
                    .subject("jo.smith")
                    .issuer("https://identity.example.test")
                    .audience(audience)
                    .issueTime(Date.from(now.minusSeconds(60)))
                    .expirationTime(Date.from(now.plusSeconds(expiresInSeconds)))
                    .claim("roles", roles)
                    .build();
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
            jwt.sign(new RSASSASigner(key.getPrivate()));
            return jwt.serialize();
        } catch (Exception failure) {
            throw new IllegalStateException(failure);
        }
    }

    private static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (Exception failure) {
            throw new IllegalStateException(failure);
        }
    }

}
