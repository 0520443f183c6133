package dev.strata.format;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.strata.model.SchemaModel;

/**
 * The model as JSON: fields in record order, lists sorted by the model, map keys sorted, empty values left out,
 * LF line ends and a final newline, so that the same schema always gives the same bytes.
 */
public final class ModelJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .serializationInclusion(JsonInclude.Include.NON_EMPTY)
            .build();

    private ModelJson() {
    }

    public static String write(SchemaModel model) {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return MAPPER.writer(printer).writeValueAsString(model) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the model could not be written as JSON", e);
        }
    }

    public static SchemaModel read(String json) {
        try {
            return MAPPER.readValue(json, SchemaModel.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a strata model: " + e.getOriginalMessage(), e);
        }
    }
}
