package org.councilgraph.resolve;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.councilgraph.annotate.Annotations.BodyKind;
import org.councilgraph.annotate.Annotations.BodyMention;

/**
 * Mentions of services and outside bodies to one entity per body. Printed forms of one body
 * differ: "Leicestershire Fostering Service", "the Fostering Service", "Fostering Services",
 * "Children and Family Services Department" and "Children and Family Services". Each form is keyed
 * without what a reader drops when the council is known (the council's place name or initials in
 * front), without case, plural or a redundant second head; the forms of one key are one body,
 * labelled with the form printed most often (an unqualified form before a qualified one) and the
 * others kept as alternative labels. A body read both as a service and as an outside body is what
 * most of its mentions say.
 */
final class BodyResolver {
    /** One body as the paper's mentions describe it. */
    record Group(String key, BodyKind kind, String label, Set<String> altLabels, List<BodyMention> mentions) {
    }

    private BodyResolver() {
    }

    static List<Group> group(List<BodyMention> mentions, String councilName) {
        String place = place(councilName);
        String initials = initials(councilName);
        Map<String, List<BodyMention>> byKey = new LinkedHashMap<>();
        for (BodyMention m : mentions) {
            if (m.kind() != BodyKind.SERVICE && m.kind() != BodyKind.ORGANISATION) {
                continue;
            }
            // an outside body's name is its own: a place in front is part of it ("Leicestershire Police")
            String k = m.kind() == BodyKind.SERVICE ? key(m.name(), place, initials) : key(m.name(), null, null);
            byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(m);
        }
        List<Group> out = new ArrayList<>();
        for (Map.Entry<String, List<BodyMention>> e : byKey.entrySet()) {
            List<BodyMention> ms = e.getValue();
            long services = ms.stream().filter(m -> m.kind() == BodyKind.SERVICE).count();
            BodyKind kind = services * 2 >= ms.size() ? BodyKind.SERVICE : BodyKind.ORGANISATION;
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (BodyMention m : ms) {
                // an outside body is called what the paper prints ("CAMHS", "Sports England"); a service by its tidied name
                boolean printedForm = kind == BodyKind.ORGANISATION && !m.printed().matches(".*['’]s .*");
                counts.merge(printedForm ? m.printed() : m.name(), 1, Integer::sum);
            }
            String label = null;
            int best = -1;
            for (Map.Entry<String, Integer> c : counts.entrySet()) {
                // an unqualified form first; a full name before an acronym; then the form printed most
                boolean q = kind == BodyKind.SERVICE && qualified(c.getKey(), place, initials);
                int score = c.getValue() + (q ? 0 : 100000)
                        + (c.getKey().contains(" ") ? 10000 : 0);
                if (score > best) {
                    best = score;
                    label = c.getKey();
                }
            }
            Set<String> alt = new LinkedHashSet<>();
            for (BodyMention m : ms) {
                if (!m.name().equals(label) && !m.name().equals(m.printed()) || !m.name().equals(label) && kind == BodyKind.SERVICE) {
                    alt.add(m.name());
                }
                if (!m.printed().equals(label) && !m.printed().equals(m.name())) {
                    alt.add(m.printed());
                }
            }
            out.add(new Group(e.getKey(), kind, label, alt, ms));
        }
        return out;
    }

    /** The key of a printed name: one key per body. */
    static String key(String name, String place, String initials) {
        String k = Normalizer.normalize(name, Normalizer.Form.NFKC).replace('’', '\'').replace('‘', '\'').replace("&", " and ")
                .toLowerCase(Locale.ROOT);
        k = k.replaceAll("\\s*\\([a-z&]{2,10}\\)\\s*", " ").replaceAll("[^a-z0-9' ]", " ").replaceAll("\\s+", " ").strip();
        k = k.replaceFirst("^the ", "");
        String[] w = k.split(" ");
        if (place != null && !place.isEmpty() && w.length > 2 && k.startsWith(place.toLowerCase(Locale.ROOT) + " ")) {
            k = k.substring(place.length() + 1);
        } else if (initials != null && initials.length() >= 2 && w.length > 2
                && (w[0].equals(initials.toLowerCase(Locale.ROOT)) || w[0].equals(initials.toLowerCase(Locale.ROOT) + "s"))) {
            k = k.substring(w[0].length() + 1);
        }
        // plural heads and a second head saying the same ("Services Department") do not make another body
        k = k.replaceAll("\\b(service|team|hub|centre|unit|partnership|school|board|group)s\\b", "$1");
        k = k.replaceFirst(" (service|services) (department|directorate|division)$", " service");
        return k;
    }

    private static boolean qualified(String name, String place, String initials) {
        String[] w = name.split(" ");
        return w.length > 2 && (place != null && !place.isEmpty() && name.startsWith(place + " ")
                || initials != null && initials.length() >= 2 && (w[0].equals(initials) || w[0].equals(initials + "s")));
    }

    static String place(String council) {
        if (council == null) {
            return null;
        }
        return council.replaceFirst("(?i)^(?:the\\s+)?(?:royal|london)\\s+borough\\s+of\\s+", "")
                .replaceFirst("(?i)\\s+(?:metropolitan\\s+)?(?:county|city|district|borough|town|unitary)?\\s*council$", "")
                .replaceFirst("(?i)\\s+(?:mayoral\\s+)?combined\\s+authority$", "").replaceFirst("(?i)^city\\s+of\\s+", "").strip();
    }

    static String initials(String council) {
        if (council == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (String w : council.split("\\s+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                sb.append(w.charAt(0));
            }
        }
        return sb.toString();
    }
}
