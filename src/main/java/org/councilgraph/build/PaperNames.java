package org.councilgraph.build;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.councilgraph.load.Source;
import org.councilgraph.resolve.Iris;
import org.councilgraph.text.Slugs;

/**
 * The key each paper of a build is known by in IRIs (its graph, its document node): the slug of its
 * source name, readable and stable from build to build. Source names are distinct, but slugs are
 * not ("Minutes.txt" and "minutes.txt", two names in another script, two long names alike for their
 * first 80 characters): a paper whose slug another source shares, in this build or in the store, gets
 * the slug with a short hash of its exact name instead, so no paper's graph ever takes another's.
 */
public final class PaperNames {
    /** Hex digits of the name's hash that tell papers apart when their slugs do not. */
    private static final int HASH_CHARS = 8;

    private PaperNames() {
    }

    /**
     * Where one paper goes.
     *
     * @param key        the key for {@link Iris#graph} and {@link Iris#document}: a slug, left unchanged by slugging
     * @param graph      its graph IRI
     * @param superseded graphs the store holds for this same source under another key (a store built
     *                   when its slug was not shared): they go when the paper is stored
     * @param note       why the key is not the plain slug, when the store is the reason; a clash that
     *                   cannot be resolved makes {@code graph} empty and says why here
     */
    public record Named(String key, Optional<String> graph, List<String> superseded, Optional<String> note) {
        static Named clash(String why) {
            return new Named("", Optional.empty(), List.of(), Optional.of(why));
        }
    }

    /**
     * Names the papers of a build.
     *
     * @param stored the store's document graphs and their sources ({@code GraphStore.documents()})
     */
    public static Map<Source, Named> assign(List<Source> sources, Map<String, String> stored, Iris iris) {
        Map<String, List<String>> graphsOfSource = new HashMap<>();
        stored.forEach((g, s) -> graphsOfSource.computeIfAbsent(s, k -> new ArrayList<>()).add(g));
        Map<String, List<Source>> bySlug = new LinkedHashMap<>();
        Map<String, Source> byName = new HashMap<>();
        Map<Source, Named> out = new LinkedHashMap<>();
        for (Source s : sources) {
            Source first = byName.putIfAbsent(s.name(), s);
            if (first != null) {
                // two folders given with the same name hold a paper at the same place: which is which cannot be told
                out.put(s, Named.clash("another paper of this build has the same name, " + first.file()
                        + " (give the folders distinct names, or their common parent)"));
                continue;
            }
            bySlug.computeIfAbsent(Slugs.slug(s.name()), k -> new ArrayList<>()).add(s);
        }
        for (Map.Entry<String, List<Source>> group : bySlug.entrySet()) {
            String slug = group.getKey();
            String owner = stored.get(iris.graph(slug));
            for (Source s : group.getValue()) {
                boolean shared = group.getValue().size() > 1;
                boolean taken = owner != null && !owner.equals(s.name());
                String key = shared || taken ? hashed(slug, s.name()) : slug;
                String graph = iris.graph(key);
                String holder = stored.get(graph);
                if (holder != null && !holder.equals(s.name())) {
                    out.put(s, Named.clash("its graph " + graph + " holds another paper, " + holder));
                    continue;
                }
                List<String> superseded = graphsOfSource.getOrDefault(s.name(), List.of()).stream()
                        .filter(g -> !g.equals(graph)).toList();
                Optional<String> note = taken && !shared
                        ? Optional.of("graph " + iris.graph(slug) + " holds another paper, " + owner + "; stored as " + graph)
                        : Optional.empty();
                out.put(s, new Named(key, Optional.of(graph), superseded, note));
            }
        }
        // in the order given, as the build reads them
        Map<Source, Named> ordered = new LinkedHashMap<>();
        for (Source s : sources) {
            ordered.put(s, out.get(s));
        }
        return ordered;
    }

    /** The slug, cut to leave room, and a hash of the exact name: a key slugging leaves as it is. */
    static String hashed(String slug, String name) {
        int room = 80 - HASH_CHARS - 1;
        String head = slug.length() > room ? slug.substring(0, room).replaceAll("-[^-]*$", "") : slug;
        return (head.isEmpty() ? "x" : head) + "-" + hash(name);
    }

    private static String hash(String name) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d).substring(0, HASH_CHARS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
