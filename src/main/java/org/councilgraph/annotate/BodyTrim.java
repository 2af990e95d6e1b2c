package org.councilgraph.annotate;

import java.util.List;
import java.util.regex.Pattern;
import org.councilgraph.text.Casing;
import org.councilgraph.text.ChairWords;
import org.councilgraph.text.Lexicon;
import org.councilgraph.text.PostTitles;
import org.councilgraph.text.Span;

/**
 * Trimming a candidate name: what stands before the name proper is cut, step by step (a person's
 * name, a post title, the places of partner councils, another council's body, a possessive owner,
 * a document's title, sentence words at the front). The steps only move the cut; the rules of
 * {@link BodyRules} then decide on what is left.
 */
final class BodyTrim {
    /** What follows a body's name in the title of one who sits for it: "Westby Youth Council Representatives". */
    /** A comma or dash between a post's head and a unit named after it: "Head of Service, Westby Fostering Service". */
    private static final Pattern SET_APART = Pattern.compile("[,–—]|\\s-\\s");
    private static final Pattern REPRESENTS = Pattern.compile("(?i)\\s+(?:representatives?|delegates?|nominees?)");
    private static final Pattern POSSESSIVE_END = Pattern.compile("(?:['’]s|s['’])$");
    private static final Pattern COMMON_PLURAL_POSSESSIVE = Pattern.compile("[A-Z][a-z]+s['’]");
    private static final Pattern DOC_LINK = Pattern.compile("of|for|on|about|with");
    private static final Pattern OWNED_NO = Pattern.compile("(?s).*(?:['’]s|\\bthe|\\bThe)\\s+");
    private static final Pattern CLAUSE_PREPOSITION = Pattern.compile("in|on|to|with|for|from|by|of");
    private static final Pattern PAST_PARTICIPLE = Pattern.compile("[a-z]+ed");
    private static final Pattern POSSESSIVE_S = Pattern.compile("['’]s$");
    private static final Pattern OPENING_THE = Pattern.compile("^(?i:the)\\s+");
    /** The words of one's place in a body: its chair in every form ("Vice-Chairman", "Convener"), a member. */
    private static final Pattern ROLE_IN_BODY = Pattern.compile("(?i)(?:" + ChairWords.WITH_PREFIX + "|"
            + Lexicon.of("committee-role-words.tsv").alternationWhere(1, "membership-noun") + ")s?");

    private BodyTrim() {
    }

    /** The candidate {@code name} (the tokens of {@code part} up to the name's end) is, once trimmed. */
    static BodyCandidate trim(List<BodyToken> part, List<BodyToken> name, BodyToken headWord, BodyContext cx) {
        int cut = afterPeople(name, cx);
        int postCut = afterPosts(name, cut, cx);
        if (postCut < 0) {
            return BodyCandidate.of(part, name, 0, headWord, null, true, cx);
        }
        cut = staffedUnit(name, cut, postCut, cx);
        cut = Math.max(cut, placeListEnd(name, cx));
        cut = afterOtherCouncilsBody(name, cut, cx);
        String owner = null;
        for (int i = cut; i < name.size() - 1; i++) {
            String possessor = possessor(name, cut, i, cx);
            if (possessor != null) {
                owner = possessor;
                cut = i + 1;
            }
        }
        cut = afterDocumentTitle(name, cut);
        cut = afterRoleOf(name, cut);
        cut = afterSentenceWords(name, cut, headWord, cx);
        return BodyCandidate.of(part, name, cut, headWord, owner, inCapitalsPost(name, cut, cx), cx);
    }

    /**
     * "REPORT OF THE STRATEGIC DIRECTOR OF CUSTOMER SERVICES": a post printed in capitals, which the post
     * grammar leaves to headings; the name after its "of" is the post's remit, as in small letters.
     */
    private static boolean inCapitalsPost(List<BodyToken> name, int cut, BodyContext cx) {
        if (cut >= name.size() || !Casing.isUpper(cx.text.substring(name.get(cut).start(), name.get(name.size() - 1).end()))) {
            return false;
        }
        for (int j = cut + 1; j < name.size() - 1; j++) {
            if (!name.get(j).lower().equals("of")) {
                continue;
            }
            String before = BodyToken.joined(name.subList(cut, j));
            if (PostTitles.isPost(Casing.titleCase(OPENING_THE.matcher(before).replaceFirst("")))) {
                return true;
            }
        }
        return false;
    }

    /** Past a person's name: "Jo Bloggs Fostering Service" is no service of Jo's. */
    private static int afterPeople(List<BodyToken> name, BodyContext cx) {
        int cut = 0;
        for (int i = 0; i < name.size(); i++) {
            BodyToken t = name.get(i);
            for (Span s : cx.personSpans) {
                if (s.contains(t.start()) || (s.start() <= t.start() && s.end() > t.start())) {
                    cut = Math.max(cut, i + 1);
                }
            }
        }
        return cut;
    }

    /**
     * Past a post title before the name ("Service Manager and Intake Team"); -1 when the name ends
     * inside a post title ("Director of Children's Services" is the post's remit, not a mention). A
     * unit named after the title's comma ("Head of Service, Northby Fostering Service") is one, and so
     * is the body a member represents ("Church of England Representative").
     */
    private static int afterPosts(List<BodyToken> name, int cut, BodyContext cx) {
        BodyToken headTok = name.get(name.size() - 1);
        for (Span s : cx.postSpans) {
            if (cut >= name.size()) {
                return cut; // a person's name took the whole candidate: no words are left to be a post's
            }
            if (s.start() <= headTok.start() && s.end() >= headTok.end()) {
                if (REPRESENTS.matcher(cx.flat.substring(headTok.end(), s.end())).matches()) {
                    continue;
                }
                int w = cut;
                while (w < name.size() - 1 && name.get(w).isLink()) {
                    w++;
                }
                if (s.start() < name.get(w).start() && SET_APART.matcher(cx.flat.substring(s.start(), name.get(w).start())).find()
                        && w < name.size() - 1) {
                    continue;
                }
                int remit = juxtaposedRemit(name, w, s);
                if (remit < 0) {
                    return -1;
                }
                cut = remit;
                continue;
            }
            for (int i = cut; i < name.size() - 1; i++) {
                if (s.start() <= name.get(i).start() && s.end() > name.get(i).start()) {
                    cut = i + 1;
                }
            }
        }
        return cut;
    }

    /**
     * "Assistant Director Planning and Regulatory Services", "Service Manager, Westby Housing Service":
     * a title printed without "of", its remit right after the head or its comma, is the post of the head
     * of that unit, and the unit is named. Returns where the remit starts, or -1 when no head or comma
     * inside the title is followed by the name's capitalised words.
     */
    private static int juxtaposedRemit(List<BodyToken> name, int from, Span post) {
        for (int i = from; i < name.size() - 2; i++) {
            BodyToken t = name.get(i);
            BodyToken next = name.get(i + 1);
            boolean afterHead = PostTitles.head(t.text()) != null
                    || t.text().equals(",") && i > from && PostTitles.head(name.get(i - 1).text()) != null;
            if (t.end() <= post.end() && afterHead && next.isWord() && !next.isLink()
                    && next.isCapitalised() && PostTitles.head(next.text()) == null) {
                return i + 1;
            }
        }
        return -1;
    }

    /** "the Independent Reviewing Officer Service": a unit named after the post its staff hold keeps the post's words. */
    private static int staffedUnit(List<BodyToken> name, int peopleCut, int cut, BodyContext cx) {
        BodyToken headTok = name.get(name.size() - 1);
        int beforeHead = name.size() >= 2 ? name.get(name.size() - 2).end() : -1;
        if (cut == name.size() - 1 && cut > peopleCut && BodyWords.STAFFED.contains(headTok.lower())
                && cx.postSpans.stream().anyMatch(s -> s.end() == beforeHead)) {
            return peopleCut;
        }
        return cut;
    }

    /**
     * "Westby, Eastby, Northby City and Southby Children’s Trust": a list whose members before the
     * last are places of councils lists partners, not bodies sharing a head; the name is the last
     * member's. Returns where that member starts, or 0.
     */
    private static int placeListEnd(List<BodyToken> name, BodyContext cx) {
        if (name.stream().noneMatch(t -> t.text().equals(","))) {
            return 0;
        }
        int start = 0;
        boolean place = false;
        for (int i = 0; i < name.size(); i++) {
            BodyToken t = name.get(i);
            if (t.text().equals(",") || t.isAnd()) {
                String member = BodyToken.joined(name.subList(start, i));
                place |= cx.councilPlaces.contains(member) || member.equals(cx.homePlace);
                start = i + 1;
                if (t.isAnd()) {
                    return place && start < name.size() - 1 ? start : 0;
                }
            }
        }
        return 0;
    }

    /** "Eastby Theatre and Westby City Virtual School": two bodies, the second of another council. */
    private static int afterOtherCouncilsBody(List<BodyToken> name, int cut, BodyContext cx) {
        for (int i = cut + 1; i < name.size() - 2; i++) {
            String left = BodyToken.joined(name.subList(cut, i));
            if (name.get(i).isAnd() && cx.startsWithOtherPlace(BodyToken.joined(name.subList(i + 1, name.size())))
                    && cx.councilPlaces.stream().noneMatch(x -> !x.isEmpty() && left.endsWith(x))
                    && !(cx.homePlace != null && left.endsWith(cx.homePlace))) {
                return i + 1;
            }
        }
        return cut;
    }

    /**
     * The owner when the token at {@code i} is a possessive that owns the name ("Northby County
     * Council's Business Intelligence Service"); null for a possessive that is part of a common name
     * ("Children's Services") or a plural common noun's ("Panel Advisers’ Forum").
     */
    private static String possessor(List<BodyToken> name, int cut, int i, BodyContext cx) {
        BodyToken t = name.get(i);
        String text = t.text();
        if (!(text.endsWith("'s") || text.endsWith("’s") || text.endsWith("s’") || text.endsWith("s'"))) {
            return null;
        }
        String possessor = POSSESSIVE_END.matcher(BodyToken.joined(name.subList(cut, i + 1))).replaceAll("");
        String lastWord = POSSESSIVE_END.matcher(text).replaceAll("");
        boolean commonPlural = COMMON_PLURAL_POSSESSIVE.matcher(text).matches() && !new BodyToken(lastWord, t.start(), t.end()).isHead()
                && !cx.councilPlaces.contains(lastWord);
        if (BodyWords.COMMON_POSSESSOR.matcher(lastWord).matches() || BodyWords.COMMON_POSSESSOR.matcher(possessor).matches() || commonPlural) {
            return null;
        }
        return possessor;
    }

    /** "Annual Report of the Fostering Service", "Task Group Report Northby Fostering Service": a document's title runs into a name. */
    private static int afterDocumentTitle(List<BodyToken> name, int cut) {
        for (int i = cut; i < name.size() - 1; i++) {
            BodyToken t = name.get(i);
            int from = cut;
            if (DOC_LINK.matcher(t.text()).matches() && name.subList(from, i).stream().anyMatch(x -> BodyWords.DOC_WORD.matcher(x.text()).matches())) {
                cut = i + 1;
            }
            if (BodyWords.TITLE_END.matcher(t.text()).matches() && i > cut) {
                cut = i + 1;
            }
        }
        return cut;
    }

    /**
     * "Vice-Chairman of the Northby Local Government Association", "Members of the Westby Fairtrade Alliance": one's
     * place in a body, and "of", before its name. The name is what follows.
     */
    private static int afterRoleOf(List<BodyToken> name, int cut) {
        for (int i = name.size() - 3; i >= cut; i--) {
            if (ROLE_IN_BODY.matcher(name.get(i).text()).matches() && name.get(i + 1).lower().equals("of")) {
                return i + 2;
            }
        }
        return cut;
    }

    /** Sentence words, stray linkers and document words at the front; a verb and its preposition; a common word starting a line. */
    private static int afterSentenceWords(List<BodyToken> name, int cut, BodyToken headWord, BodyContext cx) {
        while (cut < name.size() - 1) {
            BodyToken t = name.get(cut);
            if (t == headWord && name.get(name.size() - 1) != headWord) {
                break; // "Council of Westby Regions": the head that comes first stays
            }
            if (sentenceWord(t, cx)) {
                cut++;
                continue;
            }
            BodyToken after = name.get(cut + 1);
            if (cut + 2 < name.size() && CLAUSE_PREPOSITION.matcher(after.text()).matches()
                    && (PAST_PARTICIPLE.matcher(t.lower()).matches() && cx.lowerWords.contains(t.lower())
                        || BodyWords.CLAUSE_VERB.matcher(t.lower()).matches())) {
                cut += 2; // "Placed in Council homes", "Work with the Careers Team": a verb and its preposition
                continue;
            }
            if (cut == 0 && atSentenceStart(cx.flat, t.start()) && cx.lowerWords.contains(t.lower()) && !t.isHead()
                    && after.isWord() && !after.isLink() && !cx.lowerWords.contains(POSSESSIVE_S.matcher(after.lower()).replaceAll(""))
                    && name.size() - cut > 2 && !cx.flat.contains(" " + BodyToken.joinedRaw(cx.flat, name.subList(cut, name.size())))) {
                cut++; // "Achievements Northby Adoption Agency": a common word that starts the line, not the name
                continue;
            }
            break;
        }
        return cut;
    }

    /** A word that begins a sentence, a linker, a document word, a stray capital or a bracket; but after an owner or "the", "No" begins a name. */
    private static boolean sentenceWord(BodyToken t, BodyContext cx) {
        // "the council's No Wrong Door service"
        boolean ownedNo = t.text().equals("No") && OWNED_NO.matcher(cx.flat.substring(Math.max(0, t.start() - 8), t.start())).matches();
        return !ownedNo && (t.isLink() || BodyWords.BAD_START.matcher(t.text()).matches() || BodyWords.FRONT_DOC_WORD.matcher(t.text()).matches()
                || (t.isCaps() && t.text().length() <= 1) || t.text().startsWith("("));
    }

    private static boolean atSentenceStart(String flat, int at) {
        int i = at - 1;
        while (i >= 0 && (flat.charAt(i) == ' ' || flat.charAt(i) == '\t')) {
            i--;
        }
        return i < 0 || ".:;!?|\n•*#\"“(".indexOf(flat.charAt(i)) >= 0 || Character.isDigit(flat.charAt(i));
    }
}
