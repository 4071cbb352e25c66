package org.casebook.adapters.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.casebook.adapters.it.fuzz.RawHttp;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
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
    private static final String TRUSTED_KEY_ID = "identity-2026";

    private static final String PEM = "-----BEGIN PUBLIC KEY-----\n"
            + Base64.getMimeEncoder().encodeToString(TRUSTED.getPublic().getEncoded())
            + "\n-----END PUBLIC KEY-----\n";

    @DynamicPropertySource
    static void trustedKey(DynamicPropertyRegistry registry) throws Exception {
        OwnSchema.register(registry, OWN);
        Path pem = Files.createTempFile("casebook-jwt", ".pem");
        Files.writeString(pem, PEM);
        pem.toFile().deleteOnExit();
        registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", () -> "file:" + pem);
        registry.add("casebook.security.jwt.key-ids", () -> TRUSTED_KEY_ID);
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

    @Test
    void anUnsignedTokenIsRefused() {
        String token = new PlainJWT(claims("casebook", List.of("MANAGER"), 300).build()).serialize();
        assertThat(token).endsWith(".");

        assertRefusedAndNotLogged(token, 401);
    }

    @Test
    void anHmacTokenKeyedWithThePublicKeyIsRefused() throws Exception {
        // The classic confusion: a verifier that took the RSA public key as an HMAC secret would accept it.
        for (byte[] secret : List.of(TRUSTED.getPublic().getEncoded(), PEM.getBytes(StandardCharsets.US_ASCII))) {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256),
                    claims("casebook", List.of("MANAGER"), 300).build());
            jwt.sign(new MACSigner(secret));

            assertRefusedAndNotLogged(jwt.serialize(), 401);
        }
    }

    @Test
    void aTokenNamingAKeyTheServiceDoesNotKnowIsRefused() throws Exception {
        SignedJWT unknownKid = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("attacker-key-1")
                .build(), claims("casebook", List.of("MANAGER"), 300).build());
        unknownKid.sign(new RSASSASigner(STRANGER.getPrivate()));
        assertRefusedAndNotLogged(unknownKid.serialize(), 401);

        // Signed by the trusted key, but naming a key id the service was never given: refused all the same.
        assertRefusedAndNotLogged(signedByTrustedKeyAs("identity-2025-retired"), 401);

        // Nor is a key the token brings with it (an embedded "jwk" header) ever trusted.
        SignedJWT embedded = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("attacker-key-2")
                .jwk(new RSAKey.Builder((RSAPublicKey) STRANGER.getPublic()).keyID("attacker-key-2").build())
                .build(), claims("casebook", List.of("MANAGER"), 300).build());
        embedded.sign(new RSASSASigner(STRANGER.getPrivate()));
        assertRefusedAndNotLogged(embedded.serialize(), 401);
    }

    @Test
    void aTokenForAnotherAudienceIsRefusedAndNotLogged() {
        assertRefusedAndNotLogged(token(TRUSTED, "another-service", List.of("MANAGER"), 300), 401);
    }

    @Test
    void aTokenWithoutExpiryIsRefused() throws Exception {
        JWTClaimsSet neverExpires = claims("casebook", List.of("MANAGER"), 300).expirationTime(null).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), neverExpires);
        jwt.sign(new RSASSASigner(TRUSTED.getPrivate()));

        assertRefusedAndNotLogged(jwt.serialize(), 401);
    }

    @Test
    void aRoleThatDoesNotExistGrantsNothing() {
        for (List<String> roles : List.of(List.of("SUPERUSER"), List.of("ROLE_MANAGER"), List.of("manager"),
                List.of("ADMIN"))) {
            assertRefusedAndNotLogged(token(TRUSTED, "casebook", roles, 300), 403);
        }
    }

    /**
     * Sends the token to a read and a command; both are refused with {@code status}, and no log line (with Spring
     * Security at DEBUG and its resource server, which decodes the token, at TRACE: more than the service ships) holds
     * the token or any of its parts.
     */
    private void assertRefusedAndNotLogged(String token, int status) {
        String logs = loggedWhile(() -> {
            Api.Response read = bearer(token).get("/api/caseload");
            Api.Response command = bearer(token).post("/api/enquiries", Cases.enquiry(Cases.daysAgo(1)));
            assertThat(read.status()).as(read.toString()).isEqualTo(status);
            assertThat(command.status()).as(command.toString()).isEqualTo(status);
            assertThat(read.body()).doesNotContain(token);
        });
        assertNotIn(logs, token);
    }

    /**
     * A valid token followed by a control character, which Java's HTTP client will not send: the firewall refuses the
     * header as it is read (FirewallRefusals), and its refusal, which quotes the header, is not logged.
     */
    @Test
    void aTokenWithAControlCharacterIsRefusedAsAProblemAndNotLogged() {
        String token = token(TRUSTED, "casebook", List.of("MANAGER"), 300);
        String logs = loggedWhile(() -> {
            RawHttp.Reply reply = new RawHttp(port).send("GET", "/api/caseload",
                    Map.of("Authorization", "Bearer " + token + "\u0085"), null);
            assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
            assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
            assertThat(reply.body()).doesNotContain(token);
        });
        assertNotIn(logs, token);
    }

    private static void assertNotIn(String logs, String token) {
        String[] parts = token.split("\\.");
        assertThat(logs).doesNotContain(token).doesNotContain(parts[0] + ".").doesNotContain(parts[1]);
        if (parts.length > 2 && !parts[2].isEmpty()) {
            assertThat(logs).doesNotContain(parts[2]);
        }
    }

    /** Every log line written while {@code requests} run, with Spring Security at DEBUG and its resource server at TRACE. */
    private static String loggedWhile(Runnable requests) {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Logger security = (Logger) LoggerFactory.getLogger("org.springframework.security");
        Logger resourceServer = (Logger) LoggerFactory.getLogger("org.springframework.security.oauth2");
        Level before = security.getLevel();
        Level resourceServerBefore = resourceServer.getLevel();
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.start();
        root.addAppender(captured);
        security.setLevel(Level.DEBUG);
        resourceServer.setLevel(Level.TRACE);
        try {
            requests.run();
        } finally {
            security.setLevel(before);
            resourceServer.setLevel(resourceServerBefore);
            root.detachAppender(captured);
        }
        assertThat(captured.list).as("the refusal was logged (at DEBUG or TRACE)").isNotEmpty();
        return captured.list.stream()
                .map(event -> event.getFormattedMessage() + " " + (event.getThrowableProxy() == null ? ""
                        : ThrowableProxyUtil.asString(event.getThrowableProxy())))
                .collect(Collectors.joining("\n"));
    }

    private static JWTClaimsSet.Builder claims(String audience, List<String> roles, long expiresInSeconds) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .subject("jo.smith")
                .issuer("https://identity.example.test")
                .audience(audience)
                .issueTime(Date.from(now.minusSeconds(60)))
                .expirationTime(Date.from(now.plusSeconds(expiresInSeconds)))
                .claim("roles", roles);
    }

    private Api.Call bearer(String token) {
        return api.as(null).header("Authorization", "Bearer " + token);
    }

    @Test
    void aTokenNamingTheTrustedKeyIdIsAccepted() throws Exception {
        assertThat(bearer(signedByTrustedKeyAs(TRUSTED_KEY_ID)).get("/api/caseload").status()).isEqualTo(200);
    }

    private static String signedByTrustedKeyAs(String keyId) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(keyId).build(),
                claims("casebook", List.of("CASEWORKER"), 300).build());
        jwt.sign(new RSASSASigner(TRUSTED.getPrivate()));
        return jwt.serialize();
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
