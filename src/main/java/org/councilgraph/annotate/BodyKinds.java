package org.councilgraph.annotate;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilgraph.annotate.Annotations.BodyKind;
import org.councilgraph.segment.CouncilNames;

/**
 * The kind of body a name is, by its head, its marks and its owner: the council's own service, a
 * committee, or an outside organisation; none for a council read whole elsewhere or a place.
 */
final class BodyKinds {
    /** "the NCYP Commission": a council's commission called by the initials of its remit. */
    private static final Pattern INITIALLED_COMMISSION = Pattern.compile("[A-Z]{2,6} Commission");

    private BodyKinds() {
    }

    /** The kind of body {@code name} (its head {@code head}, in lower case; its owner or null) is; null when it is no body. */
    static BodyKind classify(String name, String head, String owner, BodyContext cx) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (NationalBodies.isNational(name)) {
            return BodyKind.ORGANISATION;
        }
        if (lower.startsWith(head + " of ") || lower.startsWith(head + " for ")) {
            // "Department of Eastshire", "Office for Westby Standards": a body named head first is no unit of the council
            return head.equals("commission") && BodyWords.COUNCIL_COMMITTEE.matcher(name).matches() ? BodyKind.COMMITTEE : BodyKind.ORGANISATION;
        }
        if (lower.contains("fire") && cx.ownFireService(name)) {
            return BodyKind.SERVICE; // the fire service the council is the authority for, whatever its head
        }
        boolean ownedByHome = owner != null && cx.isHome(owner);
        boolean ownedByOther = owner != null && !ownedByHome && (CouncilNames.isCouncil(CouncilNames.normalise(owner))
                || NationalBodies.isNational(owner) || cx.councilPlaces.contains(owner));
        if (nationalBodysOwn(name)) {
            return BodyKind.ORGANISATION; // "NHS Westby Unit", "the Broadcasting Corporation's Nature Unit": a national body's own
        }
        if (BodyWords.COUNCIL_SCHOOL.matcher(name).matches() && !cx.startsWithOtherPlace(name)) {
            return BodyKind.SERVICE;
        }
        if (BodyWords.COMMITTEE_HEADS.contains(head) || BodyWords.COUNCIL_COMMITTEE.matcher(name).matches() && BodyWords.MEETING_HEADS.contains(head)) {
            return committee(name, head, lower, ownedByOther);
        }
        if (head.equals("council")) {
            return council(name);
        }
        if (BodyWords.SERVICE_HEADS.contains(head)) {
            return service(name, head, lower, ownedByOther, cx);
        }
        if (ownedByHome && BodyWords.OWNABLE.contains(head)) {
            return BodyKind.SERVICE;
        }
        if (head.equals("agency") && cx.homePlace != null && name.startsWith(cx.homePlace + " ") && !BodyWords.OUTSIDE_MARK.matcher(lower).matches()) {
            return BodyKind.SERVICE; // "Northby Adoption Agency": the council is the agency the law names
        }
        return BodyKind.ORGANISATION;
    }

    private static boolean nationalBodysOwn(String name) {
        for (NationalBodies.Hit h : NationalBodies.find(name)) {
            if (h.span().start() == 0 && h.span().end() < name.length()) {
                return true;
            }
        }
        return false;
    }

    /** A committee is the council's unless Parliament's, an outside body's or another council's. */
    private static BodyKind committee(String name, String head, String lower, boolean ownedByOther) {
        boolean initialled = INITIALLED_COMMISSION.matcher(name).matches() && !NationalBodies.isNational(name);
        if (BodyWords.NOT_COUNCIL_COMMITTEE.matcher(name).matches()
                || head.equals("commission") && !BodyWords.COUNCIL_COMMITTEE.matcher(name).matches() && !initialled) {
            return BodyKind.ORGANISATION;
        }
        return BodyWords.OUTSIDE_MARK.matcher(lower).matches() || ownedByOther ? BodyKind.ORGANISATION : BodyKind.COMMITTEE;
    }

    /** Councils are read whole elsewhere, also where words run into their names ("Should Northby County Council"). */
    private static BodyKind council(String name) {
        Matcher c = CouncilNames.COUNCIL.matcher(name);
        while (c.find()) {
            if (c.end() == name.length() && CouncilNames.isCouncil(CouncilNames.normalise(c.group()))) {
                return null;
            }
        }
        return BodyKind.ORGANISATION;
    }

    private static BodyKind service(String name, String head, String lower, boolean ownedByOther, BodyContext cx) {
        if (ownedByOther || BodyWords.OUTSIDE_MARK.matcher(lower).matches() || cx.startsWithOtherPlace(name)) {
            return BodyKind.ORGANISATION;
        }
        if (head.equals("office") && !BodyWords.UNIT_OFFICE.matcher(lower).matches()) {
            return null; // "Registered Office", "Head Office": places, not units
        }
        if ((head.equals("centre") || head.equals("centres")) && !BodyWords.SERVICE_CENTRE.matcher(lower).matches()) {
            return BodyKind.ORGANISATION; // "Westby Science Centre": a centre of a visitor's kind, not of a council service
        }
        return BodyKind.SERVICE;
    }
}
