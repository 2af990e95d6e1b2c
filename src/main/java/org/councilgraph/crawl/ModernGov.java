package org.councilgraph.crawl;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The ModernGov web service ({@code BASE/mgWebService.asmx}) as the crawler asks it: the operations'
 * URLs (dates as {@code dd/mm/yyyy}, which is what the servers read) and what their answers hold
 * that the crawl needs to go on: committees, a committee's meetings, a meeting's linked documents.
 * Answers are read with a parser that refuses DOCTYPEs and external entities.
 */
public final class ModernGov {
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** A committee as GetCommittees lists it. */
    public record Committee(String id, String title, boolean deleted, boolean expired) {
    }

    /** A meeting as GetMeetings lists it. */
    public record MeetingRef(String id, String committeeId, LocalDate date, String status) {
    }

    /** A document linked from a meeting's item: its attachment id, title, URL and the item it belongs to. */
    public record LinkedDoc(String attachmentId, String title, URI url, String item) {
    }

    /** An answer that is not the XML the operation returns (an error page, HTML, a truncated body). */
    public static final class BadAnswer extends Exception {
        BadAnswer(String reason) {
            super(reason);
        }
    }

    private final URI base;

    /** {@code site}: the site's root, e.g. {@code https://democracy.westby.gov.uk}. */
    public ModernGov(URI site) {
        String s = site.toString().replaceAll("/+$", "");
        this.base = URI.create(s.endsWith("mgWebService.asmx") ? s.substring(0, s.length() - "mgWebService.asmx".length() - 1) : s);
    }

    public URI site() {
        return base;
    }

    public URI committees() {
        return op("GetCommittees", "");
    }

    public URI meetings(String committeeId, LocalDate from, LocalDate to) {
        return op("GetMeetings", "lCommitteeId=" + enc(committeeId) + "&sFromDate=" + enc(DAY.format(from))
                + "&sToDate=" + enc(DAY.format(to)));
    }

    public URI meeting(String meetingId) {
        return op("GetMeeting", "lMeetingId=" + enc(meetingId));
    }

    /** The meeting's "Agenda and minutes" page, which links the printed packs under /documents/. */
    public URI documentsPage(String committeeId, String meetingId) {
        return URI.create(base + "/ieListDocuments.aspx?CId=" + enc(committeeId) + "&MId=" + enc(meetingId));
    }

    private URI op(String name, String query) {
        return URI.create(base + "/mgWebService.asmx/" + name + (query.isEmpty() ? "" : "?" + query));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static List<Committee> committees(byte[] xml) throws BadAnswer {
        Element root = parse(xml, "committees");
        List<Committee> out = new ArrayList<>();
        for (Element c : children(root, "committee")) {
            out.add(new Committee(text(c, "committeeid"), text(c, "committeetitle"), yes(text(c, "committeedeleted")),
                    yes(text(c, "committeeexpired"))));
        }
        return out;
    }

    static List<MeetingRef> meetings(byte[] xml) throws BadAnswer {
        Element root = parse(xml, "getmeetings");
        List<MeetingRef> out = new ArrayList<>();
        for (Element c : children(root, "committee")) {
            String committee = text(c, "committeeid");
            for (Element list : children(c, "committeemeetings")) {
                for (Element m : children(list, "meeting")) {
                    out.add(new MeetingRef(text(m, "meetingid"), committee, day(text(m, "meetingdate")), text(m, "meetingstatus")));
                }
            }
        }
        return out;
    }

    static List<LinkedDoc> documents(byte[] xml, URI site) throws BadAnswer {
        Element root = parse(xml, "meeting");
        List<LinkedDoc> out = new ArrayList<>();
        for (Element items : children(root, "agendaitems")) {
            for (Element item : children(items, "agendaitem")) {
                String number = text(item, "agendaitemnumber");
                for (Element docs : children(item, "linkeddocuments")) {
                    for (Element d : children(docs, "linkeddoc")) {
                        String url = text(d, "url");
                        if (url.isEmpty() || yes(text(d, "isrestricted"))) {
                            continue;
                        }
                        try {
                            out.add(new LinkedDoc(text(d, "attachmentid"), text(d, "title"), onSite(site, site.resolve(url.strip())), number));
                        } catch (IllegalArgumentException e) {
                            // a malformed link in one item loses that document, not the meeting
                        }
                    }
                }
            }
        }
        return out;
    }

    /**
     * A document link rebased onto the site crawled: some installs print their internal host name in
     * the web service's links; the documents are served by the site the service answered from.
     */
    public static URI onSite(URI site, URI link) {
        if (link.getHost() == null || link.getHost().equalsIgnoreCase(site.getHost()) && link.getPort() == site.getPort()) {
            return link;
        }
        String path = link.getRawPath() == null ? "" : link.getRawPath();
        String sitePath = site.getRawPath() == null ? "" : site.getRawPath().replaceAll("/+$", "");
        if (!sitePath.isEmpty() && path.startsWith(sitePath + "/")) {
            path = path.substring(sitePath.length());
        }
        return URI.create(site.toString().replaceAll("/+$", "") + path + (link.getRawQuery() == null ? "" : "?" + link.getRawQuery()));
    }

    /** A day as the service sends it ({@code dd/mm/yyyy}), or null. */
    public static LocalDate day(String s) {
        try {
            return s.isBlank() ? null : LocalDate.parse(s.strip(), DAY);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public static boolean yes(String s) {
        return s.strip().equalsIgnoreCase("true");
    }

    /** Parses an answer whose root must be {@code rootName}; anything else is a bad answer, named. */
    static Element parse(byte[] xml, String rootName) throws BadAnswer {
        Element root = parse(xml);
        if (!root.getTagName().equalsIgnoreCase(rootName)) {
            throw new BadAnswer("XML with root <" + root.getTagName() + ">, expected <" + rootName + ">");
        }
        return root;
    }

    /** Parses an answer, whatever its root; what is not XML (an HTML page, a truncated body) is a bad answer, named. */
    public static Element parse(byte[] xml) throws BadAnswer {
        Document doc;
        try {
            doc = builder().parse(new ByteArrayInputStream(xml));
        } catch (SAXException e) {
            String start = new String(xml, 0, Math.min(xml.length, 200), StandardCharsets.UTF_8).strip().toLowerCase();
            throw new BadAnswer(start.startsWith("<!doctype html") || start.startsWith("<html")
                    ? "an HTML page, not the web service's XML" : "malformed XML (" + e.getMessage() + ")");
        } catch (IOException e) {
            throw new BadAnswer("unreadable (" + e.getMessage() + ")");
        }
        return doc.getDocumentElement();
    }

    /** Errors become exceptions, and nothing is printed to the console. */
    private static final org.xml.sax.ErrorHandler QUIET = new org.xml.sax.ErrorHandler() {
        @Override
        public void warning(org.xml.sax.SAXParseException e) {
        }

        @Override
        public void error(org.xml.sax.SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(org.xml.sax.SAXParseException e) throws SAXException {
            throw e;
        }
    };

    private static DocumentBuilder builder() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(QUIET);
            return b;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The child elements of {@code parent} called {@code name} (case-blind). */
    public static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node n = nodes.item(i);
            if (n instanceof Element e && e.getTagName().equalsIgnoreCase(name)) {
                out.add(e);
            }
        }
        return out;
    }

    /** The stripped text of {@code parent}'s first child called {@code name}, or "". */
    public static String text(Element parent, String name) {
        List<Element> c = children(parent, name);
        return c.isEmpty() ? "" : c.get(0).getTextContent().strip();
    }
}
