package org.councilgraph.crawl;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A site's robots.txt as RFC 9309 reads it: the group for our product token (else the {@code *}
 * group), its Allow and Disallow rules with {@code *} and {@code $}, the longest match winning and
 * Allow winning a tie; and the group's Crawl-delay, which we honour as a floor on our own delay.
 */
final class Robots {
    /** A robots.txt that says nothing: everything allowed (as for a 404). */
    static final Robots ALLOW_ALL = new Robots(List.of(), 0);
    /** What a server error on robots.txt means under RFC 9309: assume complete disallow. */
    static final Robots DISALLOW_ALL = new Robots(List.of(new Rule("/", false)), 0);

    private record Rule(String pattern, boolean allow) {
    }

    private final List<Rule> rules;
    private final long crawlDelayMillis;

    private Robots(List<Rule> rules, long crawlDelayMillis) {
        this.rules = rules;
        this.crawlDelayMillis = crawlDelayMillis;
    }

    long crawlDelayMillis() {
        return crawlDelayMillis;
    }

    /** Parses {@code text} for the agent whose product token is {@code agent} (e.g. "councilgraph"). */
    static Robots parse(String text, String agent) {
        List<Group> groups = groups(text);
        String token = agent.toLowerCase(Locale.ROOT);
        Group chosen = null;
        for (Group g : groups) {
            if (g.agents.contains(token)) {
                chosen = chosen == null ? g : chosen.merge(g);
            }
        }
        if (chosen == null) {
            for (Group g : groups) {
                if (g.agents.contains("*")) {
                    chosen = chosen == null ? g : chosen.merge(g);
                }
            }
        }
        return chosen == null ? ALLOW_ALL : new Robots(chosen.rules, chosen.delayMillis);
    }

    private static final class Group {
        final List<String> agents = new ArrayList<>();
        final List<Rule> rules = new ArrayList<>();
        long delayMillis;

        Group merge(Group other) {
            Group g = new Group();
            g.agents.addAll(agents);
            g.rules.addAll(rules);
            g.rules.addAll(other.rules);
            g.delayMillis = Math.max(delayMillis, other.delayMillis);
            return g;
        }
    }

    private static List<Group> groups(String text) {
        List<Group> groups = new ArrayList<>();
        Group current = null;
        boolean inAgents = false;
        for (String raw : text.split("\r\n|\r|\n")) {
            String line = raw.replaceFirst("#.*", "").strip();
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String field = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            if (field.equals("user-agent")) {
                if (!inAgents) {
                    current = new Group();
                    groups.add(current);
                }
                current.agents.add(value.toLowerCase(Locale.ROOT));
                inAgents = true;
                continue;
            }
            inAgents = false;
            if (current == null) {
                continue;
            }
            switch (field) {
                case "allow" -> current.rules.add(new Rule(value, true));
                case "disallow" -> {
                    if (!value.isEmpty()) {
                        current.rules.add(new Rule(value, false));
                    }
                }
                case "crawl-delay" -> current.delayMillis = seconds(value);
                default -> {
                }
            }
        }
        return groups;
    }

    private static long seconds(String value) {
        try {
            return (long) (Math.min(Double.parseDouble(value), 120) * 1000);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** True when the path and query {@code pathAndQuery} may be fetched. */
    boolean allows(String pathAndQuery) {
        String path = pathAndQuery.isEmpty() ? "/" : pathAndQuery;
        int best = -1;
        boolean allowed = true;
        for (Rule r : rules) {
            if (r.pattern.isEmpty() || !matches(r.pattern, path)) {
                continue;
            }
            int length = r.pattern.length();
            if (length > best || length == best && r.allow) {
                best = length;
                allowed = r.allow;
            }
        }
        return allowed;
    }

    /** A rule's pattern against a path: a prefix match where '*' is any run and a final '$' anchors the end. */
    static boolean matches(String pattern, String path) {
        boolean anchored = pattern.endsWith("$");
        String p = anchored ? pattern.substring(0, pattern.length() - 1) : pattern;
        return match(p, 0, path, 0, anchored);
    }

    // iterative over the pattern's '*'s: backtracking is bounded by the number of stars times the path length
    private static boolean match(String p, int pi, String s, int si, boolean anchored) {
        int star = -1;
        int mark = 0;
        while (true) {
            if (pi == p.length()) {
                if (!anchored || si == s.length()) {
                    return true;
                }
            } else if (p.charAt(pi) == '*') {
                star = pi++;
                mark = si;
                continue;
            } else if (si < s.length() && p.charAt(pi) == s.charAt(si)) {
                pi++;
                si++;
                continue;
            }
            if (star < 0 || mark >= s.length()) {
                return false;
            }
            pi = star + 1;
            si = ++mark;
        }
    }
}
