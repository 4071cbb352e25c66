package org.casebook.adapters.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

class MasterKeysTest {

    private static final SecureRandom RANDOM = new SecureRandom();

    @TempDir
    Path dir;

    @Test
    void aWrappedKeyOpensOnlyWithItsMasterKeyAndForItsCase() {
        byte[] caseKey = random();
        MasterKeys keys = new MasterKeys(random(), List.of());
        byte[] wrapped = keys.wrap("case-1", caseKey, keys.current());

        assertThat(wrapped).hasSize(12 + 32 + 16);
        assertThat(HexFormat.of().formatHex(wrapped)).doesNotContain(HexFormat.of().formatHex(caseKey));
        assertThat(keys.unwrap("case-1", wrapped, keys.current())).hasValue(caseKey);
        assertThat(keys.unwrap("case-2", wrapped, keys.current())).as("copied onto another case").isEmpty();
        MasterKeys other = new MasterKeys(random(), List.of());
        assertThat(other.unwrap("case-1", wrapped, other.current())).isEmpty();
        wrapped[20] ^= 1;
        assertThat(keys.unwrap("case-1", wrapped, keys.current())).as("tampered").isEmpty();
    }

    @Test
    void previousKeysUnwrapAndAreKnownByTheirIds() {
        byte[] old = random();
        MasterKeys before = new MasterKeys(old, List.of());
        byte[] wrapped = before.wrap("case-1", random(), before.current());

        MasterKeys after = new MasterKeys(random(), List.of(old));

        assertThat(after.current().id()).isNotEqualTo(before.current().id());
        assertThat(after.knownIds()).containsExactlyInAnyOrder(after.current().id(), before.current().id());
        assertThat(after.byId(before.current().id()).flatMap(key -> after.unwrap("case-1", wrapped, key)))
                .isPresent();
        assertThat(MasterKeys.fingerprint(old)).isEqualTo(before.current().id()).hasSize(16)
                .isNotEqualTo(HexFormat.of().formatHex(old, 0, 8));
        assertThat(after.current().toString()).doesNotContain(HexFormat.of().formatHex(old));
    }

    @Test
    void aKeyFileMustHoldExactly32BytesAndTheMessageNeverShowsItsContent() throws Exception {
        Path text = dir.resolve("text.key");
        Files.writeString(text, "correct horse battery staple secret!");

        assertThatThrownBy(() -> MasterKeys.read(text)).hasMessageContaining("exactly 32")
                .hasMessageContaining("head -c 32 /dev/urandom").message().doesNotContain("horse");
        assertThatThrownBy(() -> MasterKeys.read(dir.resolve("missing.key"))).hasMessageContaining("cannot be read");
    }

    @Test
    void aGeneratedKeyIsWrittenOnceOwnerOnlyAndKeptThereafter() throws Exception {
        Path file = dir.resolve("data").resolve("master.key");

        byte[] first = MasterKeys.generate(file);
        byte[] second = MasterKeys.generate(file);

        assertThat(Files.readAllBytes(file)).isEqualTo(first).hasSize(32);
        assertThat(second).as("a second node starting at once keeps the first key").isEqualTo(first);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void onlyTheEmbeddedDatabaseOrADemoMayRunOnAGeneratedKey() {
        MockEnvironment production = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db.internal:5432/casebook");
        production.setActiveProfiles("postgres");
        MockEnvironment demo = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://127.0.0.1:5432/test");
        demo.setActiveProfiles("postgres", "demo");
        MockEnvironment embedded = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:h2:file:./data/casebook");
        embedded.setActiveProfiles("local");

        assertThat(KeyCustodyConfiguration.mayGenerate(production)).isFalse();
        assertThat(KeyCustodyConfiguration.mayGenerate(demo)).isTrue();
        assertThat(KeyCustodyConfiguration.mayGenerate(embedded)).isTrue();
        assertThatThrownBy(() -> new KeyCustodyConfiguration().masterKeys(production))
                .hasMessageContaining("CASEBOOK_MASTER_KEY_FILE is not set")
                .hasMessageContaining("head -c 32 /dev/urandom");
    }

    private static byte[] random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
