package org.councilgraph.text;

import java.text.Normalizer;
import java.util.Locale;

/** IRI path segments from names: lower case ASCII words joined by hyphens, stable for the same name. */
public final class Slugs {
    private Slugs() {
    }

    public static String slug(String s) {
        String ascii = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .replace('’', '\'').replace('‘', '\'')
                .replace("'", "")
                .replace("&", " and ")
                .toLowerCase(Locale.ROOT);
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 80) {
            slug = slug.substring(0, 80).replaceAll("-[^-]*$", "");
        }
        return slug.isEmpty() ? "x" : slug;
    }
}
