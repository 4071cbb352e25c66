package org.casebook.adapters.integrity;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash that links a stored event to the one before it: SHA-256 over the previous hash and every column of the
 * event's row, global index included (so that events cannot be swapped or renumbered). Each field is written as a
 * 4-byte big-endian length and then its bytes, a missing value as length -1: no two different rows, and no shift of
 * bytes from one field into the next, can give the same input. Strings are UTF-8, numbers 8-byte big-endian.
 *
 * <p>This encoding is frozen: changing it breaks every chain already stored. A new encoding needs a new version tag
 * and a verifier that knows both.
 */
public final class EventHash {

    /** The "previous hash" of the first event in the chain. */
    public static final String GENESIS = "0".repeat(64);

    private static final byte[] VERSION_TAG = "casebook-event-chain-v1".getBytes(StandardCharsets.UTF_8);

    private EventHash() {
    }

    /** The lowercase hex SHA-256 of {@code previousHash} followed by {@code event}. */
    public static String chain(String previousHash, StoredEvent event) {
        MessageDigest digest = sha256();
        field(digest, VERSION_TAG);
        field(digest, text(previousHash));
        field(digest, number(event.globalIndex()));
        field(digest, text(event.eventIdentifier()));
        field(digest, text(event.aggregateIdentifier()));
        field(digest, number(event.sequenceNumber()));
        field(digest, text(event.type()));
        field(digest, text(event.timeStamp()));
        field(digest, text(event.payloadType()));
        field(digest, text(event.payloadRevision()));
        field(digest, event.payloadUnshared());
        field(digest, event.metaDataUnshared());
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void field(MessageDigest digest, byte[] value) {
        digest.update(ByteBuffer.allocate(Integer.BYTES).putInt(value == null ? -1 : value.length).array());
        if (value != null) {
            digest.update(value);
        }
    }

    private static byte[] text(String value) {
        return value == null ? null : value.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] number(long value) {
        return ByteBuffer.allocate(Long.BYTES).putLong(value).array();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            // Every Java platform must provide SHA-256 (MessageDigest's own documentation).
            throw new IllegalStateException(impossible);
        }
    }
}
