package org.councilgraph.service;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.councilgraph.crawl.ModernGov;
import org.councilgraph.load.Loader;
import org.councilgraph.load.Paper;
import org.councilgraph.load.PaperException;
import org.councilgraph.service.ServiceAnswer.Attendee;
import org.councilgraph.service.ServiceAnswer.Committee;
import org.councilgraph.service.ServiceAnswer.Document;
import org.councilgraph.service.ServiceAnswer.Item;
import org.councilgraph.service.ServiceAnswer.Meeting;
import org.councilgraph.service.ServiceAnswer.Value;
import org.councilgraph.text.Dates;
import org.councilgraph.text.Span;
import org.w3c.dom.Element;

/**
 * Reads an answer of a ModernGov web service into a {@link ServiceAnswer}: the committees of
 * {@code GetCommittees}, the meetings of {@code GetMeetings}, the meeting of {@code GetMeeting} with its
 * items, attached documents and attendees. An answer that is not XML, or XML of another operation, is
 * a {@link PaperException} naming the source and the reason.
 *
 * <pre>{@code
 * ServiceAnswer a = ServiceReader.read("https://democracy.westby.gov.uk/mgWebService.asmx/GetMeeting?lMeetingId=7",
 *         bytes, "Licensing Committee");
 * }</pre>
 */
public final class ServiceReader {
    /** The media type of an answer as a paper. */
    public static final String FORMAT = "application/xml";

    private final String text;
    private int cursor;

    /** The site the answer came from (its URL up to the service), when its source is a URL. */
    private final URI site;

    private ServiceReader(String text, String source) {
        this.text = text;
        int at = source.indexOf("/mgWebService.asmx");
        URI s = null;
        if (at > 0) {
            try {
                s = URI.create(source.substring(0, at));
            } catch (IllegalArgumentException e) {
                s = null;
            }
        }
        this.site = s;
    }

    /**
     * A document's URL as the crawl fetches it (see {@code ModernGov.onSite}): on the site that answered (some installs print their
     * internal host name in the links), relative links resolved against it.
     */
    private String published(String printed) {
        if (site == null || printed.isEmpty()) {
            return printed;
        }
        try {
            return ModernGov.onSite(site, site.resolve(printed.strip())).toString();
        } catch (IllegalArgumentException e) {
            return printed;
        }
    }

    /**
     * Reads one answer. {@code committee} is the title of the committee a GetMeeting answer is of (the
     * answer itself may not say: a cancelled meeting has no items naming it); ignored for the others.
     */
    public static ServiceAnswer read(String source, byte[] bytes, String committee) throws PaperException {
        Element root;
        try {
            root = ModernGov.parse(bytes);
        } catch (ModernGov.BadAnswer e) {
            throw new PaperException(source, "not a web-service answer: " + e.getMessage());
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        ServiceReader r = new ServiceReader(text, source);
        List<Committee> committees = new ArrayList<>();
        List<Meeting> meetings = new ArrayList<>();
        String title;
        switch (root.getTagName().toLowerCase(java.util.Locale.ROOT)) {
            case "committees" -> {
                for (Element c : ModernGov.children(root, "committee")) {
                    committees.add(new Committee(ModernGov.text(c, "committeeid"), r.value(ModernGov.text(c, "committeetitle"))));
                }
                title = "web service answer: committees";
            }
            case "getmeetings" -> {
                for (Element c : ModernGov.children(root, "committee")) {
                    Value name = r.value(ModernGov.text(c, "committeetitle"));
                    for (Element list : ModernGov.children(c, "committeemeetings")) {
                        for (Element m : ModernGov.children(list, "meeting")) {
                            r.meeting(source, m, name, false).ifPresent(meetings::add);
                        }
                    }
                }
                title = "web service answer: meetings";
            }
            case "meeting" -> {
                String name = committee.isBlank() ? committeeNamedIn(root) : committee;
                if (name.isBlank()) {
                    throw new PaperException(source, "a meeting answer that names no committee, and the archive records none");
                }
                Meeting m = r.meeting(source, root, new Value(name, r.spanAnywhere(name)), true)
                        .orElseThrow(() -> new PaperException(source, "a meeting answer without a meeting date"));
                meetings.add(m);
                title = "web service answer: meeting " + m.id();
            }
            default -> throw new PaperException(source, "XML with root <" + root.getTagName()
                    + ">, not an answer this build reads (GetCommittees, GetMeetings, GetMeeting)");
        }
        Paper paper = new Paper(source, FORMAT, text, List.of(), Loader.sha256(bytes), Optional.of(title));
        return new ServiceAnswer(paper, committees, meetings);
    }

    /** A meeting's committee as its items or their documents name it, when the answer does. */
    private static String committeeNamedIn(Element meeting) {
        for (Element items : ModernGov.children(meeting, "agendaitems")) {
            for (Element item : ModernGov.children(items, "agendaitem")) {
                String t = ModernGov.text(item, "refertocommittee");
                if (!t.isEmpty()) {
                    return t;
                }
            }
        }
        return "";
    }

    private Optional<Meeting> meeting(String source, Element m, Value committee, boolean full) {
        String day = ModernGov.text(m, "meetingdate");
        LocalDate date = ModernGov.day(day);
        if (date == null) {
            return Optional.empty();
        }
        Span dateSpan = span(day);
        Optional<Value> status = optional(ModernGov.text(m, "meetingstatus"));
        Optional<LocalTime> start = time(ModernGov.text(m, "meetingtime"));
        Optional<LocalTime> end = full ? time(ModernGov.text(m, "meetingplannedfinishtime")) : Optional.empty();
        Optional<Value> venue = full ? optional(ModernGov.text(m, "meetinglocation")) : Optional.empty();
        List<Item> items = full ? items(m) : List.of();
        List<Attendee> attendees = full ? attendees(m) : List.of();
        return Optional.of(new Meeting(ModernGov.text(m, "meetingid"), committee, date, dateSpan, start, end, venue, status,
                items, attendees));
    }

    private List<Item> items(Element meeting) {
        List<Item> out = new ArrayList<>();
        for (Element items : ModernGov.children(meeting, "agendaitems")) {
            for (Element item : ModernGov.children(items, "agendaitem")) {
                String title = ModernGov.text(item, "agendaitemtitle");
                if (title.isEmpty()) {
                    continue;
                }
                Value t = value(title);
                List<Document> docs = new ArrayList<>();
                for (Element list : ModernGov.children(item, "linkeddocuments")) {
                    for (Element d : ModernGov.children(list, "linkeddoc")) {
                        String url = published(ModernGov.text(d, "url"));
                        String docTitle = ModernGov.text(d, "title");
                        if (!url.isEmpty() && !docTitle.isEmpty()) {
                            docs.add(new Document(value(docTitle), url));
                        }
                    }
                }
                out.add(new Item(number(item), t, docs));
            }
        }
        return out;
    }

    /** The number the papers print the item under: "1." as displayed, else the minutes' or the agenda's number. */
    private static Optional<String> number(Element item) {
        for (String field : List.of("fulldisplaynumberformat", "minutesitemnumber", "agendaitemnumber")) {
            String n = ModernGov.text(item, field).replaceAll("[.)\\s]+$", "").strip();
            if (!n.isEmpty()) {
                return Optional.of(n);
            }
        }
        return Optional.empty();
    }

    private List<Attendee> attendees(Element meeting) {
        List<Attendee> out = new ArrayList<>();
        for (Element list : ModernGov.children(meeting, "attendees")) {
            for (Element a : ModernGov.children(list, "attendee")) {
                String name = a.getAttribute("name").strip();
                if (!name.isEmpty()) {
                    out.add(new Attendee(value(name), a.getAttribute("roledescription").strip(), a.getAttribute("attendance").strip(),
                            a.getAttribute("politicalparty").strip(), a.getAttribute("ward").strip()));
                }
            }
        }
        return out;
    }

    private static Optional<LocalTime> time(String printed) {
        return Dates.times(printed).stream().findFirst().map(Dates.FoundTime::time);
    }

    private Optional<Value> optional(String s) {
        return s.isEmpty() ? Optional.empty() : Optional.of(value(s));
    }

    private Value value(String s) {
        return new Value(s, span(s));
    }

    /**
     * Where the answer prints {@code value}: its next occurrence after the last value found (values are
     * read in the answer's order), as escaped XML or as it is, else its first anywhere; an empty span at
     * the last place when the answer words it otherwise (a character reference).
     */
    private Span span(String value) {
        for (String form : List.of(escaped(value), value)) {
            int at = text.indexOf(form, cursor);
            if (at >= 0) {
                cursor = at + form.length();
                return new Span(at, at + form.length());
            }
            at = text.indexOf(form);
            if (at >= 0) {
                return new Span(at, at + form.length());
            }
        }
        return new Span(cursor, cursor);
    }

    /** Where the answer first prints {@code value}, leaving the place values are read from where it was. */
    private Span spanAnywhere(String value) {
        int at = cursor;
        Span s = span(value);
        cursor = at;
        return s;
    }

    private static String escaped(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
