package org.councilgraph.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.councilgraph.annotate.Annotations.BodyKind;
import org.councilgraph.annotate.Annotations.BodyMention;
import org.councilgraph.text.Span;

/**
 * Units of one kind listed before the head they share, each a unit of its own: "Westby and
 * Eastby Family Hubs" (proper names before a plural head) are the Westby Family Hub and the
 * Eastby Family Hub; "the Council’s Licensing and Communications teams" (the council's, before
 * a head in lower case) are its Licensing and its Communications.
 */
final class SharedHeads {
    static final Pattern POSSESSIVE = Pattern.compile(".*['’]s");
    static final Pattern POSSESSIVE_END = Pattern.compile("['’]s$");
    private static final Pattern PLURAL_END = Pattern.compile("(?i)(?<=[a-z])s$");

    private SharedHeads() {
    }

    /** The units of the list {@code part} is, or null when it is no such list. */
    static List<BodyMention> distribute(List<BodyToken> part, BodyContext cx) {
        int i = 0;
        while (i < part.size() && part.get(i).isLink()) {
            i++;
        }
        boolean homeOwner = false;
        for (int k = i; k < Math.min(part.size(), i + 3); k++) {
            if (POSSESSIVE.matcher(part.get(k).text()).matches()) {
                homeOwner = cx.isHome(POSSESSIVE_END.matcher(BodyToken.joined(part.subList(i, k + 1))).replaceAll(""));
                i = k + 1;
                break;
            }
        }
        if (part.size() - i < 4) {
            return null;
        }
        BodyToken head = part.get(part.size() - 1);
        String h = head.lower();
        if (!BodyWords.SERVICE_HEADS.contains(h) || !h.endsWith("s") || bracketedRemit(part.get(i), head, cx)) {
            return null;
        }
        List<List<BodyToken>> members = members(part, i);
        if (members == null) {
            return null;
        }
        if (Character.isLowerCase(head.text().charAt(0)) && homeOwner) {
            return ownUnits(members, h);
        }
        return properNames(members, head, cx);
    }

    /**
     * "Assistant Chief Executive (Legal and Democratic Services)": a list in a title's bracket is the
     * post's remit, read as one name (and so by the post rule), not as units sharing a head.
     */
    private static boolean bracketedRemit(BodyToken first, BodyToken head, BodyContext cx) {
        return first.start() > 0 && cx.flat.charAt(first.start() - 1) == '('
                && cx.postSpans.stream().anyMatch(s -> s.start() < first.start() && s.end() >= head.end());
    }

    /** The members between list separators before the head, the last one (with the shared words) last; null if none. */
    private static List<List<BodyToken>> members(List<BodyToken> part, int from) {
        List<List<BodyToken>> members = new ArrayList<>();
        List<BodyToken> cur = new ArrayList<>();
        int and = -1;
        for (int k = from; k < part.size() - 1; k++) {
            BodyToken t = part.get(k);
            if (t.text().equals(",") || t.isAnd()) {
                if (cur.isEmpty()) {
                    return null;
                }
                members.add(cur);
                cur = new ArrayList<>();
                if (!t.text().equals(",")) {
                    if (and >= 0) {
                        return null;
                    }
                    and = k;
                }
            } else if (!t.isWord() || t.isLink()) {
                return null;
            } else {
                cur.add(t);
            }
        }
        if (and < 0 || cur.isEmpty() || members.isEmpty()) {
            return null;
        }
        members.add(cur);
        return members;
    }

    /** The council's own units, named by what they do: "the Council's Licensing and Communications teams". */
    private static List<BodyMention> ownUnits(List<List<BodyToken>> members, String head) {
        List<BodyMention> out = new ArrayList<>();
        for (List<BodyToken> m : members) {
            if (m.size() > 3 || m.stream().anyMatch(t -> !t.isCapitalised() || t.isHead())) {
                return null;
            }
            String n = BodyToken.joined(m);
            if (BodyWords.GENERIC.matcher(n + " " + head).matches()) {
                return null;
            }
            out.add(new BodyMention(n, BodyKind.SERVICE, new Span(m.get(0).start(), m.get(m.size() - 1).end()), n));
        }
        return out;
    }

    /** Proper names, one word each, before shared words and a plural head: "Westby and Eastby Family Hubs". */
    private static List<BodyMention> properNames(List<List<BodyToken>> members, BodyToken head, BodyContext cx) {
        String h = head.lower();
        List<BodyToken> last = members.get(members.size() - 1);
        for (List<BodyToken> m : members.subList(0, members.size() - 1)) {
            BodyToken t = m.get(0);
            if (m.size() != 1 || !proper(t, cx) || BodyWords.GENERIC.matcher(t.text() + " " + h).matches()) {
                return null;
            }
        }
        if (!proper(last.get(0), cx) || BodyWords.GENERIC.matcher(last.get(0).text() + " " + h).matches()) {
            return null;
        }
        List<BodyToken> shared = last.subList(1, last.size());
        String one = PLURAL_END.matcher(head.text()).replaceFirst("");
        String rest = (shared.isEmpty() ? "" : " " + BodyToken.joined(shared)) + " " + one;
        List<BodyMention> out = new ArrayList<>();
        for (int k = 0; k < members.size(); k++) {
            BodyToken t = members.get(k).get(0);
            String n = t.text() + rest;
            BodyKind kind = BodyKinds.classify(n, one.toLowerCase(Locale.ROOT), null, cx);
            if (kind == null) {
                return null;
            }
            Span span = k == members.size() - 1 ? new Span(t.start(), head.end()) : new Span(t.start(), t.end());
            out.add(new BodyMention(n, kind, span, n));
        }
        return out;
    }

    /** A word the paper never prints in lower case, and no head: "Westby", not "Family". */
    private static boolean proper(BodyToken t, BodyContext cx) {
        return t.isCapitalised() && !t.isCaps() && !cx.lowerWords.contains(t.lower()) && !t.isHead()
                && !BodyWords.BAD_START.matcher(t.text()).matches();
    }
}
