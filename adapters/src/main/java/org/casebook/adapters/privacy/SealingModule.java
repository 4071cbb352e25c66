package org.casebook.adapters.privacy;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.ResolvableDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.ResolvableSerializer;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import org.casebook.domain.casework.CaseEvent;

/**
 * Plugs {@link PersonalDataSeal} into the event serializer, so that personal data is sealed on its way into the
 * event store and opened on its way out, for every reader alike (aggregates, projections, history).
 */
public class SealingModule extends SimpleModule {

    /** Only moves JSON trees in and out of token streams; the configured mapper's own settings do the rest. */
    private static final ObjectMapper TREES = new ObjectMapper();

    public SealingModule(PersonalDataSeal seal) {
        super("casebook-personal-data-sealing");
        setSerializerModifier(new BeanSerializerModifier() {
            @Override
            @SuppressWarnings("unchecked")
            public JsonSerializer<?> modifySerializer(SerializationConfig config, BeanDescription description,
                                                      JsonSerializer<?> serializer) {
                return sealed(description.getBeanClass())
                        ? new Sealing((JsonSerializer<Object>) serializer, seal) : serializer;
            }
        });
        setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                                                          JsonDeserializer<?> deserializer) {
                return sealed(description.getBeanClass())
                        ? new Opening(deserializer, description.getBeanClass(), seal) : deserializer;
            }
        });
    }

    /**
     * Case events that can carry personal data go through a JSON tree to be sealed and opened; the others (most of
     * them: an enquiry, an allocation, a level change) are written and read directly, with the same JSON.
     */
    private static boolean sealed(Class<?> type) {
        return CaseEvent.class.isAssignableFrom(type) && PersonalDataSeal.mayHoldPersonalData(type);
    }

    private static final class Sealing extends JsonSerializer<Object> implements ResolvableSerializer {
        private final JsonSerializer<Object> plain;
        private final PersonalDataSeal seal;

        Sealing(JsonSerializer<Object> plain, PersonalDataSeal seal) {
            this.plain = plain;
            this.seal = seal;
        }

        @Override
        public void resolve(SerializerProvider provider) throws JsonMappingException {
            if (plain instanceof ResolvableSerializer resolvable) {
                resolvable.resolve(provider);
            }
        }

        @Override
        public void serialize(Object event, JsonGenerator generator, SerializerProvider provider) throws IOException {
            TokenBuffer buffer = new TokenBuffer(TREES, false);
            plain.serialize(event, buffer, provider);
            ObjectNode json = TREES.readTree(buffer.asParser(TREES));
            seal.seal(((CaseEvent) event).caseId().value(), event, json, TREES);
            TREES.writeTree(generator, json);
        }
    }

    private static final class Opening extends JsonDeserializer<Object> implements ResolvableDeserializer {
        private final JsonDeserializer<?> plain;
        private final Class<?> type;
        private final PersonalDataSeal seal;

        Opening(JsonDeserializer<?> plain, Class<?> type, PersonalDataSeal seal) {
            this.plain = plain;
            this.type = type;
            this.seal = seal;
        }

        @Override
        public void resolve(DeserializationContext context) throws JsonMappingException {
            if (plain instanceof ResolvableDeserializer resolvable) {
                resolvable.resolve(context);
            }
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            ObjectNode json = TREES.readTree(parser);
            if (json.hasNonNull("caseId")) {
                seal.open(json.get("caseId").asText(), type, json, TREES);
            }
            try (JsonParser opened = TREES.treeAsTokens(json)) {
                opened.nextToken();
                return plain.deserialize(opened, context);
            }
        }
    }
}
