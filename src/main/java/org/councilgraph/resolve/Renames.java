package org.councilgraph.resolve;

import java.util.Map;

/** Renamings of keys or IRIs, as the resolvers and the cross-paper consolidation build them. */
public final class Renames {
    private Renames() {
    }

    /**
     * Makes each renaming go straight to the end of its chain ("a" to "b" and "b" to "c": "a" to "c"),
     * following at most {@code hops} links (a cycle stops there).
     */
    public static void endChains(Map<String, String> renames, int hops) {
        renames.replaceAll((k, v) -> {
            String t = v;
            for (int i = 0; i < hops && renames.containsKey(t); i++) {
                t = renames.get(t);
            }
            return t;
        });
    }
}
