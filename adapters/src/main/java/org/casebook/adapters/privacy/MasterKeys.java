package org.casebook.adapters.privacy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key-encryption keys ("master keys") that wrap every case key (envelope encryption, ADR 16). A master key is a
 * file of exactly 32 random bytes ({@code head -c 32 /dev/urandom}); it never enters the database. Its id is a
 * fingerprint: the first 16 hex digits of SHA-256 over a fixed label and the key, which names the key without
 * revealing it. The current key wraps new and re-wrapped case keys; previous keys only unwrap, until a rotation has
 * moved every case key off them.
 *
 * <p>Wrapping is AES-256-GCM with a fresh 12-byte nonce and the case id as associated data, stored as
 * nonce || ciphertext || tag: a wrapped key copied onto another case's row does not open.
 */
public final class MasterKeys {

    public static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final byte[] ID_LABEL = "casebook master key id v1".getBytes(StandardCharsets.US_ASCII);

    /** A master key and its id. {@link #toString()} never shows the key. */
    public record MasterKey(String id, SecretKey key) {
        @Override
        public String toString() {
            return "MasterKey[" + id + "]";
        }
    }

    private final MasterKey current;
    private final Map<String, MasterKey> known;
    private final SecureRandom random = new SecureRandom();

    public MasterKeys(byte[] current, Collection<byte[]> previous) {
        this.current = of(current);
        Map<String, MasterKey> all = new LinkedHashMap<>();
        all.put(this.current.id(), this.current);
        for (byte[] raw : previous) {
            MasterKey key = of(raw);
            all.putIfAbsent(key.id(), key);
        }
        this.known = Map.copyOf(all);
    }

    public MasterKey current() {
        return current;
    }

    public Optional<MasterKey> byId(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(known.get(id));
    }

    /** Ids of every master key this node can unwrap with, the current one included. */
    public Collection<String> knownIds() {
        return known.keySet();
    }

    public byte[] wrap(String caseId, byte[] caseKey, MasterKey with) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, with, nonce, caseId);
            byte[] sealed = cipher.doFinal(caseKey);
            return ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException failure) {
            throw new IllegalStateException("a case key could not be wrapped", failure);
        }
    }

    /** The case key, or empty if the wrapped bytes do not open with this master key for this case. */
    public Optional<byte[]> unwrap(String caseId, byte[] wrapped, MasterKey with) {
        if (wrapped == null || wrapped.length <= NONCE_BYTES) {
            return Optional.empty();
        }
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, with, Arrays.copyOf(wrapped, NONCE_BYTES), caseId);
            byte[] key = cipher.doFinal(wrapped, NONCE_BYTES, wrapped.length - NONCE_BYTES);
            return key.length == KEY_BYTES ? Optional.of(key) : Optional.empty();
        } catch (GeneralSecurityException tamperedOrWrongKey) {
            return Optional.empty();
        }
    }

    private static Cipher cipher(int mode, MasterKey key, byte[] nonce, String caseId)
            throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key.key(), new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(caseId.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }

    static MasterKey of(byte[] raw) {
        if (raw == null || raw.length != KEY_BYTES) {
            throw new IllegalArgumentException("a master key is exactly " + KEY_BYTES + " bytes");
        }
        return new MasterKey(fingerprint(raw), new SecretKeySpec(raw.clone(), "AES"));
    }

    /** The id of a raw master key: not secret, and not enough to find the key. */
    public static String fingerprint(byte[] raw) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(ID_LABEL);
            digest.update(raw);
            return HexFormat.of().formatHex(digest.digest(), 0, 8);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** Reads a raw 32-byte master key file, with a message that names the file and never its content. */
    public static byte[] read(Path file) {
        byte[] raw;
        try {
            raw = Files.readAllBytes(file);
        } catch (IOException unreadable) {
            throw new MasterKeyUnavailable("The master key file " + file + " cannot be read ("
                    + unreadable.getClass().getSimpleName() + "). It must be readable by the service's user.");
        }
        if (raw.length != KEY_BYTES) {
            throw new MasterKeyUnavailable("The master key file " + file + " holds " + raw.length + " bytes; it must"
                    + " hold exactly " + KEY_BYTES + " random bytes, e.g. made by `head -c 32 /dev/urandom > "
                    + file.getFileName() + "`.");
        }
        return raw;
    }

    /** Writes a new random master key to {@code file}, readable and writable by its owner only where possible. */
    public static byte[] generate(Path file) {
        byte[] raw = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(raw);
        try {
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            Path partial = file.resolveSibling(file.getFileName() + ".new");
            Files.deleteIfExists(partial);
            Files.createFile(partial);
            try {
                Files.setPosixFilePermissions(partial, java.nio.file.attribute.PosixFilePermissions.fromString(
                        "rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the file inherits its directory's access list.
            }
            Files.write(partial, raw);
            try {
                // Never replaces an existing file: two nodes starting at once keep the first one's key.
                Files.move(partial, file);
            } catch (java.nio.file.FileAlreadyExistsException anotherNodeWasFirst) {
                Files.deleteIfExists(partial);
                return read(file);
            }
        } catch (IOException failure) {
            throw new MasterKeyUnavailable("A master key could not be written to " + file + " ("
                    + failure.getClass().getSimpleName() + ")");
        }
        return raw;
    }
}
