package org.councilgraph.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilgraph.annotate.Annotations.BodyKind;
import org.councilgraph.annotate.Annotations.BodyMention;
import org.councilgraph.segment.CouncilNames;
import org.councilgraph.text.Span;

/**
 * Names of bodies: the council's own services, teams, hubs and departments, outside organisations
 * (regulators, government departments, partnerships, charities, schools, other councils) and
 * committees. A name is a run of capitalised words ending in a head noun; the head noun says which
 * kind of body it is. National bodies known by a short name (Ofsted, NHS) come from a small list of
 * public bodies that any English council paper may name.
 */
final class Bodies {
    private static final String WORD = "(?:[A-Z][A-Za-z'’\\-]*|[A-Z]{2,}|\\([A-Z]{2,8}\\))";
    private static final String LINK = "(?:and|&|of|for|the|in|on|with|to|de|la|upon)";
    private static final String SERVICE_HEAD = "(?:Service|Services|Team|Teams|Unit|Hub|Hubs|Department|Directorate|Division|Scheme|Centre|Centres|Programme)";
    private static final String ORG_HEAD = "(?:Partnership|Partnerships|Board|Trust|Association|Network|Foundation|Charity|University|College|Academy|"
            + "School|Council|Commission|Agency|Group|Forum|Alliance|Society|Club|Institute|Ombudsman|Police|Constabulary|Federation|"
            + "Consortium|Company|Limited|Ltd|plc|LLP|CIC|Corporation|Authority|Office|Executive|Bank|Fund|Library|Museum|Theatre|Hospital|"
            + "Church|Diocese|Union|Collaborative|Panel|Committee|Sub-Committee|Parliament|Court|Tribunal|Inspectorate|Regulator)";
    private static final Pattern SERVICE = Pattern.compile(
            "(?<name>" + WORD + "(?:\\s+(?:" + WORD + "|" + LINK + "|,)){0,8}?\\s+" + SERVICE_HEAD + ")\\b");
    private static final Pattern ORGANISATION = Pattern.compile(
            "(?<name>" + WORD + "(?:\\s+(?:" + WORD + "|" + LINK + ")){0,8}?\\s+" + ORG_HEAD + ")\\b");
    private static final Pattern DEPARTMENT_OF = Pattern.compile(
            "\\b(?<name>(?:Department|Ministry|Office)\\s+(?:of|for)\\s+(?:the\\s+)?" + WORD + "(?:\\s+(?:" + WORD + "|and|&|,)){0,6})");
    /**
     * National bodies and regulators that papers name without a head noun. Public knowledge, the same
     * for every council.
     */
    private static final Pattern NATIONAL = Pattern.compile(
            "\\b(?<name>Ofsted|OFSTED|NHS England|NHS|CQC|HMRC|HM Treasury|HM Revenue and Customs|Home Office|Cabinet Office|"
            + "DfE|DfT|DWP|DHSC|MHCLG|DLUHC|DEFRA|Defra|Environment Agency|Natural England|Historic England|Homes England|Sport England|"
            + "Arts Council England|Arts Council|Local Government Association|LGA|Local Government and Social Care Ombudsman|"
            + "Information Commissioner'?s Office|ICO|Electoral Commission|National Audit Office|Audit Commission|Youth Justice Board|"
            + "Children'?s Commissioner|UNISON|Unison|GMB|Unite|CAMHS|Cafcass|CAFCASS|Barnardo'?s|NSPCC|Action for Children|"
            + "Transport for London|Network Rail|National Highways|Highways England|Department for Education|Department for Transport|"
            + "Department of Health and Social Care|Ministry of Defence|Ministry of Justice|Ministry of Housing, Communities and Local Government|"
            + "Probation Service|National Probation Service|Crown Prosecution Service|Border Force|High Court|Court of Appeal|Supreme Court|"
            + "House of Commons|House of Lords|Parliament|Government)\\b");
    /** Heads after which "of"/"for" can join a longer name ("Department for Education"). */
    private static final Pattern BAD_START = Pattern.compile(
            "(?i)^(?:the|a|an|this|that|these|those|our|their|its|his|her|each|every|any|all|some|new|other|such|both|"
            + "and|or|but|if|when|where|while|as|at|in|on|by|to|for|from|with|of|it|there|he|she|they|we|i|"
            + "january|february|march|april|may|june|july|august|september|october|november|december|"
            + "monday|tuesday|wednesday|thursday|friday|saturday|sunday|mr|mrs|ms|dr|cllr|councillor|councillors|"
            + "members?|officers?|director|head|manager|chair|chairman|report|minutes|agenda|item|appendix|annex|page|section|"
            + "following|further|however|also|whilst|although|despite|since|through|across|within|including|between|"
            + "local|national|regional|statutory|key|overall|total|current|previous|future|existing|proposed|relevant|"
            + "resolved|agreed|noted|approved|welcome|thanks|please|yes|no|not|under|via|across|per)$");
    /** Generic names that are classes of body, not bodies: "Children's Services", "Local Authority". */
    private static final Pattern GENERIC = Pattern.compile(
            "(?i)^(?:(?:the\\s+)?(?:council|county|city|local|national|partner|other|voluntary|community|public|private|health|social|"
            + "education|children'?s|adult|all|their|our|its|statutory|relevant|specialist|support|district|borough|parish|town|"
            + "secondary|primary|special|independent|mainstream|maintained|free|faith|grammar|new|existing)\\s+)?"
            + "(?:services?|teams?|units?|hubs?|departments?|directorates?|divisions?|schemes?|centres?|programmes?|partnerships?|boards?|"
            + "trusts?|associations?|networks?|groups?|schools?|colleges?|academ(?:y|ies)|councils?|authorit(?:y|ies)|agenc(?:y|ies)|"
            + "offices?|panels?|committees?|forums?|executive|government)$");

    private Bodies() {
    }

    static List<BodyMention> find(String text, String homeCouncil) {
        List<BodyMention> out = new ArrayList<>();
        Matcher d = DEPARTMENT_OF.matcher(text);
        while (d.find()) {
            add(out, d.group("name").replaceAll("[,\\s]+$", ""), BodyKind.ORGANISATION, d.start("name"), text);
        }
        Matcher n = NATIONAL.matcher(text);
        while (n.find()) {
            add(out, n.group("name"), BodyKind.ORGANISATION, n.start("name"), text);
        }
        Matcher c = CouncilNames.COUNCIL.matcher(text);
        while (c.find()) {
            String name = CouncilNames.normalise(c.group());
            if (!CouncilNames.isCouncil(name)) {
                continue;
            }
            boolean home = homeCouncil != null && name.equalsIgnoreCase(homeCouncil);
            add(out, name, home ? BodyKind.COUNCIL : BodyKind.ORGANISATION, c.start(), text);
        }
        Matcher s = SERVICE.matcher(text);
        while (s.find()) {
            add(out, s.group("name"), BodyKind.SERVICE, s.start("name"), text);
        }
        Matcher o = ORGANISATION.matcher(text);
        while (o.find()) {
            String name = o.group("name");
            String head = name.substring(name.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
            BodyKind kind = head.matches("committee|sub-committee|commission|panel") && !name.matches("(?i).*\\b(?:care quality|house of|select|electoral|charity|law|boundary|audit)\\b.*")
                    ? BodyKind.COMMITTEE : BodyKind.ORGANISATION;
            if (head.equals("council") && !CouncilNames.isCouncil(CouncilNames.normalise(name))) {
                kind = BodyKind.ORGANISATION; // "Young People's Council"
            } else if (head.equals("council")) {
                continue; // councils are taken above
            }
            add(out, name, kind, o.start("name"), text);
        }
        out.sort((a, b) -> a.span().compareTo(b.span()));
        return out;
    }

    /** Adds a body after trimming sentence words from its front; drops generic class names. */
    private static void add(List<BodyMention> out, String raw, BodyKind kind, int start, String text) {
        String name = raw.replaceAll("\\s+", " ").strip();
        int offset = 0;
        while (true) {
            int sp = name.indexOf(' ');
            if (sp < 0) {
                break;
            }
            String first = name.substring(0, sp);
            if (BAD_START.matcher(first).matches() || first.equals(",")) {
                offset += raw.indexOf(name.substring(sp + 1), offset) - offset;
                name = name.substring(sp + 1).strip();
                continue;
            }
            break;
        }
        name = name.replaceFirst("^(?:and|&|of|for|the)\\s+", "").replaceAll("[,\\s]+$", "");
        if (name.length() < 3 || GENERIC.matcher(name).matches() || name.split(" ").length > 10) {
            return;
        }
        if (kind != BodyKind.COUNCIL && !name.contains(" ") && !name.matches("[A-Z][A-Za-z]+|[A-Z]{2,}")) {
            return;
        }
        int s = text.indexOf(name, start);
        if (s < 0 || s > start + raw.length()) {
            s = start;
        }
        Span span = new Span(s, s + name.length());
        for (BodyMention b : out) {
            if (b.span().overlaps(span)) {
                if (b.span().contains(span)) {
                    return;
                }
            }
        }
        out.removeIf(b -> span.contains(b.span()) && !b.span().equals(span));
        out.add(new BodyMention(name, kind, span));
    }
}
