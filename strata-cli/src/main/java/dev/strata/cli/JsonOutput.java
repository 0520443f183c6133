package dev.strata.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes a result tree (maps, lists, strings, numbers, booleans, nulls) as JSON for scripts and CI: object keys
 * sorted, list order kept (the renderers put only meaningful orders in lists), two-space indent, LF line ends and a
 * final newline, so that the same result always gives the same bytes. The only CLI class that touches Jackson, so
 * that Jackson is loaded only when JSON is asked for.
 */
final class JsonOutput {
    private JsonOutput() {
    }

    static String write(Map<String, Object> tree) {
        ObjectMapper mapper = JsonMapper.builder().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return mapper.writer(printer).writeValueAsString(tree) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the result could not be written as JSON", e);
        }
    }

    /** A JSON object from alternating keys and values; unlike {@link Map#of}, values may be null. */
    static Map<String, Object> object(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
