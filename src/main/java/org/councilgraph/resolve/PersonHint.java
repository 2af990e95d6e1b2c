package org.councilgraph.resolve;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.councilgraph.rule.Explain;
import org.councilgraph.rule.Rule;
import org.councilgraph.segment.Layout.Attendee;
import org.councilgraph.segment.Layout.Status;
import org.councilgraph.text.Lexicon;
import org.councilgraph.text.LoneOffices;
import org.councilgraph.text.PostTitles;

/** Evidence about what a person is, from one mention: how they are listed, or the post printed with them. */
enum PersonHint {
    COUNCILLOR, MEMBER_LIST, CO_OPTED, OFFICER, MEMBER_POST, OFFICER_POST, EXTERNAL, REPORT_TEXT, NONE;

    /** Posts held by elected members. */
    private static final Pattern MEMBER_TITLES = Lexicon.of("member-posts.tsv").pattern("(?i).*\\b(?:%s)\\b.*");
    /** Posts of people outside the council: ministers, MPs, representatives, school staff, panel chairs. */
    private static final Pattern EXTERNAL_TITLES = Lexicon.of("external-posts.tsv").pattern("(?i).*\\b(?:%s)\\b.*");
    private static final Pattern VIRTUAL_HEAD = Pattern.compile("(?i).*\\bvirtual\\b.*");
    private static final Pattern OFFICERS_GROUP = Pattern.compile("(?i).*\\bofficers?\\b.*");
    private static final List<String> CO_OPTED_GROUP = listWords("co-opted", "group");
    private static final List<String> CO_OPTED_ROLE = listWords("co-opted", "role");
    private static final List<String> NOT_A_MEMBER_GROUP = listWords("not a member", "group");
    private static final Pattern NOT_A_MEMBER_ROLE = Pattern.compile(".*\\b(?:" + String.join("|",
            listWords("not a member", "role").stream().map(Pattern::quote).toList()) + ")\\b.*");

    private static final Rule<String> MEMBER_TITLE = Rule.named("memberTitle", l -> MEMBER_TITLES.matcher(l).matches());
    private static final Rule<String> EXTERNAL_TITLE = Rule.named("externalTitle",
            l -> EXTERNAL_TITLES.matcher(l).matches() && !VIRTUAL_HEAD.matcher(l).matches());
    private static final Rule<String> OFFICER_TITLE = Rule.named("officerTitle", PersonHint::isOfficerTitle);

    /** The kinds of post in the order they are tried: a member's title, an outsider's, an officer's. */
    private static final List<Map.Entry<Rule<String>, PersonHint>> POST_KINDS = List.of(
            Map.entry(MEMBER_TITLE, MEMBER_POST), Map.entry(EXTERNAL_TITLE, EXTERNAL), Map.entry(OFFICER_TITLE, OFFICER_POST));

    private static boolean isOfficerTitle(String label) {
        return PostTitles.isPost(label) || PostTitles.whole(label).isPresent() || LoneOffices.officer(label);
    }

    /** What holding a post says about a person. */
    static PersonHint ofPost(String label) {
        for (Map.Entry<Rule<String>, PersonHint> kind : POST_KINDS) {
            if (Explain.check("post-kind", kind.getKey(), label, true)) {
                return kind.getValue();
            }
        }
        return NONE;
    }

    /** What a list says of one it names: its group ("Co-opted Members", "Officers"), role and status. */
    static PersonHint ofListed(Attendee x) {
        String group = x.group().orElse("").toLowerCase(Locale.ROOT);
        String role = x.role().orElse("");
        if (containsAny(group, CO_OPTED_GROUP) || containsAny(role.toLowerCase(Locale.ROOT), CO_OPTED_ROLE)) {
            return CO_OPTED;
        }
        if (notAMember(group, role)) {
            return NONE;
        }
        if (LoneOffices.inCouncilKind(role) && !LoneOffices.officer(role) && x.status() != Status.IN_ATTENDANCE) {
            return MEMBER_LIST; // "Member CC", "Treasurer CC": a member of the council, in a role of its own
        }
        if (!role.isEmpty() && !ChairRoles.isChair(role)) {
            PersonHint h = ofPost(role);
            if (h != NONE && h != OFFICER_POST) {
                return h;
            }
            if (h == OFFICER_POST) {
                return OFFICER;
            }
        }
        if (OFFICERS_GROUP.matcher(group).matches()) {
            return OFFICER;
        }
        return switch (x.status()) {
            case PRESENT, SUBSTITUTE, APOLOGIES, MEMBER, ABSENT -> role.isEmpty() || ChairRoles.isChair(role) ? MEMBER_LIST : NONE;
            default -> NONE;
        };
    }

    /** A standing invitee, an independent person, an observer, or one the minutes' text shows present ("inferred"). */
    private static boolean notAMember(String group, String role) {
        return containsAny(group, NOT_A_MEMBER_GROUP) || group.contains("inferred")
                || NOT_A_MEMBER_ROLE.matcher(role.toLowerCase(Locale.ROOT)).matches();
    }

    /** The words of list-group-words.tsv that say {@code says}, looked for in {@code where} (group or role). */
    private static List<String> listWords(String says, String where) {
        return Lexicon.of("list-group-words.tsv").rows().stream()
                .filter(r -> Lexicon.cell(r, 1).equals(says) && (Lexicon.cell(r, 2).equals(where) || Lexicon.cell(r, 2).equals("both")))
                .map(r -> r.get(0)).toList();
    }

    private static boolean containsAny(String s, List<String> words) {
        return words.stream().anyMatch(s::contains);
    }

    /** A mention so marked says the person is a councillor. */
    boolean saysCouncillor() {
        return this == COUNCILLOR || this == MEMBER_LIST;
    }

    /** A mention so marked says the person is an officer. */
    boolean saysOfficer() {
        return this == OFFICER || this == OFFICER_POST;
    }
}
