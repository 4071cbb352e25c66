package org.casebook.adapters.privacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.RecordComponent;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.casebook.domain.shared.PersonalData;

/**
 * Seals every {@link PersonalData} field of an event's JSON with the case's key (AES-256-GCM, the case id as
 * associated data, a fresh nonce each time) as {@code {"sealed": "<base64>"}}, and opens it again on reading. When
 * the key has been destroyed a sealed text reads "[erased]"; when this node cannot unwrap the key (another master
 * key) or the value was altered it reads "[unreadable]"; any other sealed value reads null in both cases.
 */
public class PersonalDataSeal {

    public static final String ERASED = "[erased]";
    /** A sealed text whose key this node cannot unwrap (another master key) or that was altered. */
    public static final String UNREADABLE = "[unreadable]";
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(PersonalDataSeal.class);
    static final String SEALED = "sealed";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final CaseKeys keys;
    private final SecureRandom random = new SecureRandom();

    private static final ClassValue<Boolean> MAY_HOLD_PERSONAL_DATA = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            return mayHold(type, new HashSet<>());
        }
    };

    public PersonalDataSeal(CaseKeys keys) {
        this.keys = keys;
    }

    /** Replaces, in {@code json}, every personal field of {@code record} that has a value with its sealed form. */
    public void seal(String caseId, Object record, ObjectNode json, ObjectMapper mapper) {
        for (RecordComponent component : RecordComponents.of(record.getClass())) {
            Object value = read(component, record);
            JsonNode node = json.get(component.getName());
            if (value == null || node == null || node.isNull()) {
                continue;
            }
            if (component.isAnnotationPresent(PersonalData.class)) {
                json.set(component.getName(), sealed(caseId, node, mapper));
            } else if (value.getClass().isRecord() && node instanceof ObjectNode child) {
                seal(caseId, value, child, mapper);
            }
        }
    }

    /** Opens every sealed field of {@code json}, which is the JSON of a record of type {@code type}. */
    public void open(String caseId, Class<?> type, ObjectNode json, ObjectMapper mapper) {
        if (!type.isRecord()) {
            return;
        }
        for (RecordComponent component : RecordComponents.of(type)) {
            JsonNode node = json.get(component.getName());
            if (node instanceof ObjectNode object && object.size() == 1 && object.has(SEALED)) {
                json.set(component.getName(), opened(caseId, object.get(SEALED).asText(), component.getType(),
                        mapper));
            } else if (node instanceof ObjectNode child) {
                open(caseId, component.getType(), child, mapper);
            }
        }
    }

    /**
     * Whether {@link #seal} could seal, or {@link #open} open, anything in a value of this type: false only for a
     * record none of whose components, nor those of the records it is made of, is {@link PersonalData} or could hold
     * a record that is (a component declared as an interface, {@code Object} or {@code Record}). Most events hold no
     * personal data at all, and for them the serializer skips the JSON tree that sealing needs (issue 12: that tree,
     * built on every write and on every read of every event, was most of the cost of sealing).
     */
    public static boolean mayHoldPersonalData(Class<?> type) {
        return MAY_HOLD_PERSONAL_DATA.get(type);
    }

    private static boolean mayHold(Class<?> type, Set<Class<?>> seen) {
        if (!type.isRecord()) {
            return true; // seal() looks at the value's own class, which may be a record with personal fields
        }
        if (!seen.add(type)) {
            return false;
        }
        for (RecordComponent component : RecordComponents.of(type)) {
            Class<?> declared = component.getType();
            if (component.isAnnotationPresent(PersonalData.class)
                    || declared.isRecord() && mayHold(declared, seen)
                    || !declared.isRecord() && couldBeRecord(declared)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a component declared with this type could hold a record that seal() would look into. Only an interface,
     * Object or Record itself can; seal() and open() never look inside collections, maps or arrays.
     */
    private static boolean couldBeRecord(Class<?> declared) {
        if (declared.isPrimitive() || declared.isArray() || declared.isEnum()
                || Collection.class.isAssignableFrom(declared) || Map.class.isAssignableFrom(declared)) {
            return false;
        }
        return declared.isInterface() || declared == Object.class || declared == Record.class;
    }

    private JsonNode sealed(String caseId, JsonNode plain, ObjectMapper mapper) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, keys.forWriting(caseId), nonce, caseId);
            byte[] sealed = cipher.doFinal(mapper.writeValueAsBytes(plain));
            byte[] out = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
            return JsonNodeFactory.instance.objectNode().put(SEALED, Base64.getEncoder().encodeToString(out));
        } catch (GeneralSecurityException | java.io.IOException failure) {
            throw new IllegalStateException("personal data could not be sealed", failure);
        }
    }

    private JsonNode opened(String caseId, String sealed, Class<?> type, ObjectMapper mapper) {
        CaseKeys.Key key = keys.forReading(caseId);
        if (key.status() == CaseKeys.Status.DESTROYED) {
            return marker(ERASED, type);
        }
        if (key.status() == CaseKeys.Status.UNREADABLE) {
            return marker(UNREADABLE, type);
        }
        try {
            byte[] all = Base64.getDecoder().decode(sealed);
            byte[] nonce = java.util.Arrays.copyOfRange(all, 0, NONCE_BYTES);
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, key.bytes(), nonce, caseId);
            return mapper.readTree(cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES));
        } catch (GeneralSecurityException | java.io.IOException | IllegalArgumentException failure) {
            // A sealed value that does not open with its case's key was altered (or copied from another case): show
            // that it cannot be read rather than fail every read of the case. Class name only: no value is logged.
            log.warn("A sealed personal field of a case could not be opened ({}); it reads as {}",
                    failure.getClass().getSimpleName(), UNREADABLE);
            return marker(UNREADABLE, type);
        }
    }

    private static JsonNode marker(String text, Class<?> type) {
        return type == String.class ? JsonNodeFactory.instance.textNode(text) : JsonNodeFactory.instance.nullNode();
    }

    private static Cipher cipher(int mode, byte[] key, byte[] nonce, String caseId) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(caseId.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException unreadable) {
            throw new IllegalStateException("cannot read " + component.getName(), unreadable);
        }
    }
}
