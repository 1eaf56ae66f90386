package fr.guichet.zones.internal;

import fr.guichet.shared.TextInput;
import org.springframework.boot.jackson.JacksonComponent;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;

/** The API's JSON texts normalised as the pages' ({@link TextInput}), line breaks kept as {@code \n}. */
@JacksonComponent
class TextInputDeserializer extends StringDeserializer {

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) {
        return TextInput.normalise(super.deserialize(parser, context), true);
    }
}
