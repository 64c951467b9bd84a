package org.econfacts.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.time.LocalDate;

/**
 * A publication date in a request body: a JSON string {@code YYYY-MM-DD} within
 * [{@link IsoDate#EARLIEST}, today + 1 year] (see {@link IsoDate}). Numbers, arrays and date-times are
 * refused, so a 400 names the field instead of a wrong date being stored.
 */
public final class PublicationDateDeserializer extends StdDeserializer<LocalDate> {

    public PublicationDateDeserializer() {
        super(LocalDate.class);
    }

    @Override
    public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        String name = p.currentName() == null ? "date" : p.currentName();
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw new InvalidField(p, name, name + " must be a string YYYY-MM-DD");
        }
        String text = p.getText().strip();
        if (text.isEmpty()) {
            return null;
        }
        LocalDate d = IsoDate.parse(text)
                .orElseThrow(() -> new InvalidField(p, name, name + " must be a date YYYY-MM-DD"));
        if (!IsoDate.plausiblePublication(d)) {
            throw new InvalidField(p, name, name + " must lie between " + IsoDate.EARLIEST + " and "
                    + IsoDate.latestPublication());
        }
        return d;
    }

    /** A body field with a value we refuse; its message is safe to show (it names the rule, not a class). */
    public static final class InvalidField extends JsonMappingException {
        public InvalidField(JsonParser p, String field, String message) {
            super(p, message); // Jackson adds the field to the path as the exception leaves the record
        }
    }
}
