package org.councilgraph.eval;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * A gold annotation file (format: the corpus's GOLD-FORMAT.md): per category, the list of facts a
 * careful reader finds in one document, each a map of field to value: a string, a Long or Double
 * (as Python reads JSON integers and other numbers), a Boolean, a list, a map, or null.
 */
public record Gold(String document, Map<String, List<Map<String, Object>>> categories) {

    public static Gold read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            JsonObject o = JSON.parse(in);
            Map<String, List<Map<String, Object>>> cats = new LinkedHashMap<>();
            for (String key : o.keys()) {
                JsonValue v = o.get(key);
                if (v.isArray()) {
                    List<Map<String, Object>> items = new ArrayList<>();
                    for (JsonValue item : v.getAsArray()) {
                        if (item.isObject()) {
                            items.add(toMap(item.getAsObject()));
                        }
                    }
                    cats.put(key, items);
                }
            }
            String doc = o.hasKey("document") ? o.get("document").getAsString().value() : file.getFileName().toString();
            return new Gold(doc, cats);
        }
    }

    private static Map<String, Object> toMap(JsonObject o) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (String k : o.keys()) {
            m.put(k, value(o.get(k)));
        }
        return m;
    }

    private static Object value(JsonValue v) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isString()) {
            return v.getAsString().value();
        }
        if (v.isNumber()) {
            return number(v.getAsNumber().value());
        }
        if (v.isBoolean()) {
            return v.getAsBoolean().value();
        }
        if (v.isArray()) {
            List<Object> l = new ArrayList<>();
            JsonArray a = v.getAsArray();
            for (JsonValue x : a) {
                l.add(value(x));
            }
            return l;
        }
        return toMap(v.getAsObject());
    }

    /** A JSON number as Python's json module reads it: an int when written without a fraction or exponent, else a float. */
    private static Object number(Number n) {
        if (n instanceof BigDecimal d) {
            return d.scale() <= 0 && d.precision() - d.scale() <= 18 ? (Object) d.longValueExact() : (Object) d.doubleValue();
        }
        return n instanceof Double || n instanceof Float ? (Object) n.doubleValue() : (Object) n.longValue();
    }

    public List<Map<String, Object>> list(String category) {
        return categories.getOrDefault(category, List.of());
    }
}
