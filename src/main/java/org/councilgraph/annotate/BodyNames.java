package org.councilgraph.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilgraph.annotate.Annotations.BodyKind;
import org.councilgraph.annotate.Annotations.BodyMention;
import org.councilgraph.rule.Explain;
import org.councilgraph.rule.Verdict;
import org.councilgraph.text.Span;

/**
 * One part of a run read as a body's name, as a sequence of steps: find the head, trim what stands
 * before the name (people, post titles, owners, document titles, sentence words), test the shape
 * ({@link BodyRules#NAME}), classify ({@link BodyKinds}), test the kind ({@link BodyRules#KIND}),
 * then note the acronym the paper defines for it.
 */
final class BodyNames {
    static final Pattern OF_FOR = Pattern.compile("of|for");
    private static final Pattern HEAD_FIRST_LINK = Pattern.compile("de|la|the|of|upon|on|and|&");
    private static final Pattern BRACKETS = Pattern.compile("[()]");
    private static final Pattern ANY_SPACE = Pattern.compile("\\s+");
    private static final Pattern NAME_END = Pattern.compile(".*\\s");

    /** "representative on (the)", "nominee to", "trustee of": the council's seat on the body named next. */
    private static final Pattern SEAT_ON = Pattern.compile(
            "(?i)\\b(?:representatives?|delegates?|nominees?|trustees?|governors?)\\s+(?:on|to|of)\\s+(?:the\\s+)?$");

    private BodyNames() {
    }

    /** The body the part names, or null. */
    static BodyMention fromPart(List<BodyToken> p, BodyContext cx, boolean keep) {
        int last = lastHead(p);
        if (last < 0) {
            return OwnUnits.ownUnit(p, cx);
        }
        BodyToken headWord = p.get(last);
        last = headFirstEnd(p, last);
        boolean bracketed = last + 1 < p.size() && p.get(last + 1).text().startsWith("(");
        String acronym = bracketed ? BRACKETS.matcher(p.get(last + 1).text()).replaceAll("") : null;
        BodyCandidate c = BodyTrim.trim(p, new ArrayList<>(p.subList(0, last + 1)), headWord, cx);
        if (BodyRules.NAME.decide(c).rejected()) {
            return null;
        }
        String n = nationalName(acronym, c.text());
        BodyKind kind = BodyContext.sameCouncil(n, cx.home) ? null : BodyKinds.classify(n, c.head().lower(), c.owner(), cx);
        if (kind == BodyKind.COMMITTEE && SEAT_ON.matcher(cx.flat.substring(Math.max(0, c.first().start() - 40), c.first().start())).find()) {
            kind = BodyKind.ORGANISATION; // "the Council's representative on the Westby Partnership Board": a seat on an outside body
        }
        c = c.classified(n, kind);
        if (BodyRules.KIND.decide(c).rejected()) {
            return null;
        }
        BodyToken lastTok = c.last();
        Span span = new Span(c.first().start(), lastTok.end());
        String alias = homeAlias(lastTok, cx);
        String name = alias == null ? c.text() : alias;
        BodyMention b = new BodyMention(name, alias == null ? c.kind() : BodyKind.SERVICE, span,
                c.owner() == null ? name : c.owner() + "'s " + name);
        if (definedInGlossary(b, c, cx)) {
            return null;
        }
        if (acronym != null && acronym.length() >= 2 && acronymFits(acronym, c.kept()) && keep) {
            // "Northby Families Partnership (NFP) Programme": the acronym is the programme's, not the body's
            cx.acronyms.putIfAbsent(acronym, b);
        }
        if (bracketed) {
            return new BodyMention(b.name(), b.kind(), new Span(span.start(), p.get(last + 1).end()), b.printed());
        }
        return b;
    }

    /** The name ends at its last head (a defined acronym in brackets may follow); -1 with no head. */
    private static int lastHead(List<BodyToken> p) {
        int last = -1;
        for (int i = 0; i < p.size(); i++) {
            if (p.get(i).isHead()) {
                last = i;
            }
        }
        return last;
    }

    /** "the University of Westby", "Department of Eastshire": the head comes first and the name ends after it. */
    private static int headFirstEnd(List<BodyToken> p, int last) {
        BodyToken headWord = p.get(last);
        if (!(last + 2 < p.size() && OF_FOR.matcher(p.get(last + 1).text()).matches() && BodyWords.HEAD_FIRST.contains(headWord.lower())
                && headWord.isCapitalised() && p.subList(0, last).stream().allMatch(BodyToken::isLink))) {
            return last;
        }
        int tail = last + 1;
        for (int k = last + 2; k < p.size(); k++) {
            BodyToken x = p.get(k);
            if (x.isWord() && x.isCapitalised() && !BodyWords.MONTHS.contains(x.text())) {
                tail = k;
            } else if (!(HEAD_FIRST_LINK.matcher(x.text()).matches() && k + 1 < p.size())) {
                break;
            }
        }
        return tail > last + 1 ? tail : last;
    }

    /** "the Department of Health (DoHSC)": the national body its acronym says, where the words agree. */
    private static String nationalName(String acronym, String n) {
        if (acronym != null && NationalBodies.canonical(acronym) != null
                && withoutLinks(NationalBodies.canonical(acronym)).equals(withoutLinks(n))) {
            return NationalBodies.canonical(acronym);
        }
        return n;
    }

    private static final Pattern LINK_WORDS = Pattern.compile("\\b(?:and|&|of|for|the|in|on|to|with)\\b");

    private static String withoutLinks(String name) {
        return ANY_SPACE.matcher(LINK_WORDS.matcher(name.toLowerCase(java.util.Locale.ROOT)).replaceAll(" ")).replaceAll(" ").strip();
    }

    /** "the Adoption Agency (Northby County Council Adoption Service)": the council's unit the bracket names, or null. */
    private static String homeAlias(BodyToken lastTok, BodyContext cx) {
        if (cx.homeAlias == null) {
            return null;
        }
        Matcher alias = cx.homeAlias.matcher(cx.flat).region(lastTok.end(), cx.flat.length());
        if (alias.lookingAt() && BodyWords.SERVICE_HEADS.contains(NAME_END.matcher(alias.group(1)).replaceAll("").toLowerCase(java.util.Locale.ROOT))) {
            return ANY_SPACE.matcher(alias.group(1)).replaceAll(" ");
        }
        return null;
    }

    /** A glossary defines an acronym; it does not say the paper is about the body. Notes the acronym. */
    private static boolean definedInGlossary(BodyMention b, BodyCandidate c, BodyContext cx) {
        for (Span g : cx.glossary) {
            if (g.contains(b.span())) {
                String acr = glossaryAcronym(cx.text, g);
                if (acr != null && acronymFits(acr, c.kept())) {
                    cx.acronyms.putIfAbsent(acr, b);
                }
                Explain.record("body", c.toString(), c.at(), new Verdict(false, "glossaryDefinition"));
                return true;
            }
        }
        return false;
    }

    private static String glossaryAcronym(String text, Span expansion) {
        int ls = text.lastIndexOf('\n', expansion.start() - 1) + 1;
        Matcher m = Acronyms.GLOSSARY_LINE.matcher(text.substring(ls, Math.min(text.length(), expansion.end() + 1)));
        return m.find() ? m.group(1) : null;
    }

    /** "Road Safety Team (RST)": the acronym's letters are the name's initials, in order. */
    static boolean acronymFits(String acronym, List<BodyToken> name) {
        return Acronyms.fits(acronym, name.stream().filter(BodyToken::isWord).map(BodyToken::text).toList());
    }
}
