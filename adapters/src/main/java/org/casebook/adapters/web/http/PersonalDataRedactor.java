package org.casebook.adapters.web.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Iterator;
import org.casebook.adapters.privacy.RecordComponents;
import org.casebook.domain.shared.PersonalData;
import org.springframework.stereotype.Component;

/**
 * Renders a view as JSON with every {@link PersonalData} field replaced by a marker, keeping the shape so that
 * clients read the same fields. Auditors check that the service kept its rules; they do not need to know who the
 * parent is [002 App. B 5].
 */
@Component
public class PersonalDataRedactor {

    public static final String REDACTED = "[redacted]";

    private final ObjectMapper objectMapper;

    public PersonalDataRedactor(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    public static final String ERASED = "[erased]";

    /** Personal data hidden from someone who may not see it; empty fields stay empty. */
    public JsonNode redacted(Object view) {
        JsonNode tree = objectMapper.valueToTree(view);
        redact(view, tree, REDACTED, false);
        return tree;
    }

    /** After erasure: every personal field reads "[erased]", whether or not it ever held anything. */
    public JsonNode erased(Object view) {
        JsonNode tree = objectMapper.valueToTree(view);
        redact(view, tree, ERASED, true);
        return tree;
    }

    private void redact(Object value, JsonNode node, String marker, boolean evenIfEmpty) {
        if (value == null || node == null) {
            return;
        }
        if (value.getClass().isRecord() && node instanceof ObjectNode object) {
            for (RecordComponent component : RecordComponents.of(value.getClass())) {
                Object child = read(component, value);
                if ((child != null || evenIfEmpty) && component.isAnnotationPresent(PersonalData.class)) {
                    object.put(component.getName(), marker);
                } else {
                    redact(child, object.get(component.getName()), marker, evenIfEmpty);
                }
            }
        } else if (value instanceof Collection<?> collection && node instanceof ArrayNode array) {
            Iterator<JsonNode> elements = array.elements();
            for (Object element : collection) {
                if (!elements.hasNext()) {
                    break;
                }
                redact(element, elements.next(), marker, evenIfEmpty);
            }
        }
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException unreadable) {
            throw new IllegalStateException("cannot read " + component.getName(), unreadable);
        }
    }
}
