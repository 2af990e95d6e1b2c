package org.councilgraph.text;

import java.util.Set;
import java.util.regex.Pattern;
import org.councilgraph.rule.Cascade;
import org.councilgraph.rule.Rule;
import org.councilgraph.text.PostTitles.Title;

/**
 * Whether a head with the modifiers and remit read around it is a post title. Each weak head has its
 * licence: "Member" needs "Cabinet", "Lead", ... before it ({@code lexicon/post-modifiers.tsv}) or a
 * remit "for ..."; "Leader" a modifier or "of the ..."; "Head" a modifier or "of ...". Every other head
 * needs some modifier or remit. A head that fails its licence is a reference to a post, not a title.
 */
final class PostLicences {
    /** The bodies of members whose chair is a standing office ("Governors", "the Governing Board"). */
    static final Pattern CHAIR_REMIT = Pattern.compile("(?i)(?:" + Lexicon.of("chair-remits.tsv").alternation() + ")(?![\\p{L}])");
    private static final Pattern INITIALS = Pattern.compile("[a-z]{1,5}");

    static final Rule<Title> HAS_MODIFIER = Rule.named("hasModifier", t -> !t.pre.isEmpty());
    static final Rule<Title> TWO_MODIFIERS = Rule.named("twoModifiers", t -> t.pre.size() >= 2);
    /** "Head Teacher" read as a teacher with "Head" its only modifier. */
    static final Rule<Title> ONLY_HEAD_BEFORE = Rule.named("onlyHeadBefore", t -> t.pre.size() == 1 && t.nearest().equals("head"));
    static final Rule<Title> PLURAL = Rule.named("plural", t -> t.plural);
    static final Rule<Title> HAS_REMIT = Rule.named("hasRemit", Title::hasRemit);
    static final Rule<Title> FOR_REMIT = Rule.named("forRemit", t -> t.remitKind != null && t.remitKind.startsWith("for"));
    static final Rule<Title> OF_REMIT = Rule.named("ofRemit", t -> t.remitKind != null && t.remitKind.startsWith("of"));
    /** "Declaration by Mayor of Acceptance of Office": an act after the "of", not the place or body the office is of. */
    private static final Pattern ACT = Pattern.compile("(?i)(?:" + Lexicon.of("remit-acts.tsv").alternation() + ")\\b.*");
    /**
     * "the Mayor", "Election of Mayor": the council's one civic office, a title alone where capitalised (a
     * council has one Mayor; "a mayor" or "mayors" is the office in general).
     */
    static final Rule<Title> OFFICE_ALONE = Rule.named("officeAlone", t -> !t.plural && t.pre.isEmpty() && !t.hasRemit()
            && t.headText().equals("Mayor"));
    static final Rule<Title> ACT_REMIT = Rule.named("actRemit", t -> ACT.matcher(t.remitText()).matches());
    /** "Leader of the Council": a leader's remit names a body, not a field ("Leaders of Education"). */
    static final Rule<Title> OF_THE_REMIT = Rule.named("ofTheRemit", t -> "of the".equals(t.remitKind));
    static final Rule<Title> TO_REMIT = Rule.named("toRemit", t -> "to".equals(t.remitKind));
    static final Rule<Title> LINE_REMIT = Rule.named("lineRemit", t -> " ".equals(t.remitKind));
    static final Rule<Title> COMMA_REMIT = Rule.named("commaRemit", t -> ",".equals(t.remitKind));
    /** "Chair of Governors", "Chair of the Governing Board": the chair of a body of members, a standing office. */
    static final Rule<Title> MEMBERS_REMIT = Rule.named("membersRemit", t -> t.remitKind != null && t.remitKind.startsWith("of")
            && CHAIR_REMIT.matcher(t.remitText()).matches());
    /** "OSC Chair", "O&amp;S Chair": the initials of the body chaired, in capitals, right before the head. */
    static final Rule<Title> INITIALS_BEFORE = Rule.named("initialsBefore", t -> !t.pre.isEmpty() && INITIALS.matcher(t.nearest()).matches()
            && PostTokens.allCaps(t.toks.get(t.pre.get(t.pre.size() - 1)).text()));

    static final Cascade<Title> LICENCE = licences();

    private PostLicences() {
    }

    private static Cascade<Title> licences() {
        Cascade.Builder<Title> b = Cascade.<Title>named("post-licence").describedBy(Title::toString);
        weak(b, PLURAL.not().and(licensing("member").or(FOR_REMIT)), "member");
        weak(b, licensing("lead").or(FOR_REMIT).or(LINE_REMIT).or(COMMA_REMIT.and(HAS_MODIFIER)), "lead");
        weak(b, licensing("leader").or(OF_THE_REMIT), "leader");
        weak(b, licensing("head").or(OF_REMIT), "head");
        weak(b, HAS_MODIFIER.and(ONLY_HEAD_BEFORE.not()), "teacher", "headteacher");
        weak(b, licensing("chair").or(OF_REMIT.and(HAS_MODIFIER)).or(MEMBERS_REMIT).or(INITIALS_BEFORE),
                "chair", "chairman", "chairwoman", "chairperson");
        weak(b, HAS_MODIFIER, "vice-chair", "vice-chairman");
        weak(b, licensing("executive"), "executive");
        weak(b, licensing("governor").or(OF_REMIT), "governor");
        weak(b, licensing("mayor").or(OF_REMIT).or(OFFICE_ALONE), "mayor");
        weak(b, licensing("counsel"), "counsel");
        weak(b, FOR_REMIT, "mp");
        weak(b, HAS_MODIFIER.or(OF_REMIT), "representative");
        weak(b, TWO_MODIFIERS.or(OF_REMIT.and(HAS_MODIFIER)), "partner");
        weak(b, HAS_MODIFIER.or(TO_REMIT), "clerk");
        // people asked to a meeting, not posts
        b.reject(headIs("invitee", "observer"));
        // "Community Support Assistant"; "Assistant Director" has its own head
        weak(b, HAS_MODIFIER.and(HAS_REMIT.not()), "assistant");
        return b.accept(HAS_MODIFIER.or(HAS_REMIT)).otherwise(false);
    }

    /** A head accepted with its licence and rejected without it. */
    private static void weak(Cascade.Builder<Title> b, Rule<Title> licence, String... heads) {
        Rule<Title> head = headIs(heads);
        b.accept(head.and(licence)).reject(head);
    }

    private static Rule<Title> headIs(String... heads) {
        Set<String> set = Set.of(heads);
        return Rule.named("head:" + String.join("/", heads), t -> set.contains(t.head));
    }

    /** The modifier right before the head is one that licenses {@code head} ("Cabinet" before "Member"). */
    private static Rule<Title> licensing(String head) {
        Set<String> mods = PostWords.licensing(head);
        return Rule.named(head + "Modifier", t -> mods.contains(t.nearest()));
    }
}
