package org.councilgraph.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Invented council papers in the shapes real ones come in, for benchmarks and crash tests: printed
 * minutes as plain text, agenda front sheets as Markdown (as PDF converters write them) and
 * ModernGov "agenda and minutes" web pages. Councils, people, posts, dates and topics vary with
 * the seed; every name is made up from syllables and common given names, none taken from real papers.
 *
 * <pre>{@code
 * List<Path> papers = new SyntheticCorpus(42).write(dir, 100);
 * }</pre>
 */
public final class SyntheticCorpus {
    private static final String[] GIVEN = {"Alice", "Bernard", "Carys", "Declan", "Esme", "Farid", "Gemma", "Hugo",
        "Imogen", "Jasper", "Kiran", "Lena", "Martin", "Nadia", "Oscar", "Petra", "Quentin", "Rosa", "Simon", "Tamsin",
        "Umar", "Violet", "Wesley", "Yasmin", "Zachary", "Anya", "Bryn", "Celine", "Dominic", "Elsa", "Felix", "Greta",
        "Harvey", "Isla", "Joel", "Keira", "Leon", "Maya", "Neil", "Orla", "Patrick", "Ruth", "Stefan", "Tessa",
        "Victor", "Wanda", "Ahmed", "Beatrice", "Conrad", "Delia", "Edwin", "Fiona", "Gordon", "Hazel", "Ivan", "Julia"};
    private static final Set<String> FEMININE = Set.of("Alice", "Carys", "Esme", "Gemma", "Imogen", "Lena", "Nadia",
        "Petra", "Rosa", "Tamsin", "Violet", "Yasmin", "Anya", "Celine", "Elsa", "Greta", "Isla", "Keira", "Maya", "Orla",
        "Ruth", "Tessa", "Wanda", "Beatrice", "Delia", "Fiona", "Hazel", "Julia");
    private static final String[] SUR_A = {"Ash", "Brack", "Cal", "Dun", "Ell", "Fern", "Gold", "Hart", "Ire", "Kem",
        "Lang", "Mar", "Nor", "Oak", "Pen", "Quar", "Rad", "Stan", "Thorn", "Up", "Wex", "Yar", "Bel", "Crom"};
    private static final String[] SUR_B = {"ley", "wood", "ton", "field", "worth", "croft", "by", "well", "den",
        "ham", "stone", "more", "ridge", "shaw", "brook", "combe"};
    private static final String[] PLACE_A = {"Ash", "Bram", "Chal", "Dray", "Eld", "Fal", "Glen", "Hollin", "Kes",
        "Lud", "Mel", "Nether", "Oster", "Pell", "Rook", "Sel", "Tarn", "Wil", "Yel", "Corr"};
    private static final String[] PLACE_B = {"bury", "ford", "ham", "mouth", "stead", "wick", "minster", "thorpe",
        "caster", "borough", "dale", "haven"};
    private static final String[] KINDS = {"Borough Council", "District Council", "County Council", "City Council"};
    private static final String[] COMMITTEES = {"Cabinet", "Planning Committee", "Audit and Governance Committee",
        "Children and Young People Scrutiny Committee", "Health and Wellbeing Board", "Licensing Committee",
        "Corporate Resources Overview and Scrutiny Committee", "Environment and Transport Committee",
        "Adults and Communities Scrutiny Committee", "Housing Committee"};
    private static final String[] POSTS = {"Chief Executive", "Director of Children's Services",
        "Director of Adult Social Care", "Monitoring Officer", "Head of Planning", "Director of Public Health",
        "Head of Finance", "Assistant Director of Housing", "Head of Legal Services",
        "Director of Environment and Transport", "Head of Highways", "Director of Resources",
        "Head of Waste Services", "Assistant Director of Education"};
    private static final String[] ACTS = {"Local Government Act 1972", "Localism Act 2011", "Children Act 1989",
        "Children Act 2004", "Education Act 1996", "Care Act 2014", "Housing Act 1996",
        "Town and Country Planning Act 1990", "Licensing Act 2003", "Equality Act 2010",
        "Health and Social Care Act 2012", "Environment Act 2021"};
    private static final String[] TOPICS = {"Budget Monitoring", "Local Plan Review", "Adult Social Care Charging Policy",
        "Highways Maintenance Programme", "Housing Strategy", "Waste Collection Contract", "Climate Emergency Action Plan",
        "School Admissions Arrangements", "Corporate Risk Register", "Treasury Management Annual Report",
        "Library Service Review", "Air Quality Action Plan", "Home to School Transport Policy", "Leisure Centre Investment",
        "Homelessness Prevention Strategy", "Flood Risk Management Plan", "Fees and Charges", "Capital Programme"};
    private static final String[] VENUES = {"the Council Chamber", "Committee Room 1", "Committee Room 2",
        "the Members' Room", "the Civic Suite"};
    private final Random random;

    public SyntheticCorpus(long seed) {
        this.random = new Random(seed);
    }

    /** Writes {@code count} papers into {@code dir} (created if absent); returns their paths, in order. */
    public List<Path> write(Path dir, int count) throws IOException {
        Files.createDirectories(dir);
        List<Path> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Paper p = next(i);
            Path f = dir.resolve(String.format(Locale.ROOT, "paper-%05d.%s", i, p.extension()));
            Files.writeString(f, p.text(), StandardCharsets.UTF_8);
            out.add(f);
        }
        return out;
    }

    /** One invented paper: its text and the file extension of its shape. */
    public record Paper(String extension, String text) {
    }

    /** The {@code i}th paper: minutes as text, agendas as Markdown and web minutes in turn. */
    public Paper next(int i) {
        Council c = council();
        return switch (i % 3) {
            case 0 -> new Paper("txt", minutesText(c));
            case 1 -> new Paper("md", agendaMarkdown(c));
            default -> new Paper("html", minutesHtml(c));
        };
    }

    private record Council(String name, String place, String committee, LocalDate date, List<String> members,
                           List<String[]> officers) {
    }

    private Council council() {
        String place = pick(PLACE_A) + pick(PLACE_B);
        String name = place + " " + pick(KINDS);
        LocalDate date = LocalDate.of(2020 + random.nextInt(6), 1 + random.nextInt(12), 1 + random.nextInt(28));
        while (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY) {
            date = date.plusDays(1);
        }
        Set<String> members = new LinkedHashSet<>();
        int n = 5 + random.nextInt(6);
        while (members.size() < n) {
            members.add(person());
        }
        List<String[]> officers = new ArrayList<>();
        Set<String> posts = new LinkedHashSet<>();
        while (posts.size() < 3 + random.nextInt(3)) {
            posts.add(pick(POSTS));
        }
        for (String post : posts) {
            String who = person();
            String title = random.nextInt(5) == 0 ? "Dr" : FEMININE.contains(who.substring(0, who.indexOf(' ')))
                    ? (random.nextBoolean() ? "Ms" : "Mrs") : "Mr";
            officers.add(new String[] {title + " " + who, post});
        }
        return new Council(name, place, pick(COMMITTEES), date, new ArrayList<>(members), officers);
    }

    private String person() {
        return pick(GIVEN) + " " + pick(SUR_A) + pick(SUR_B);
    }

    private String pick(String[] xs) {
        return xs[random.nextInt(xs.length)];
    }

    private static String longDate(LocalDate d) {
        return d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.UK) + ", " + d.getDayOfMonth() + " "
                + d.getMonth().getDisplayName(TextStyle.FULL, Locale.UK) + " " + d.getYear();
    }

    private static String shortDate(LocalDate d) {
        return d.getDayOfMonth() + " " + d.getMonth().getDisplayName(TextStyle.FULL, Locale.UK) + " " + d.getYear();
    }

    /** A sentence of debate, one of several shapes, with officers, acts, dates and numbers filled in. */
    private String discussion(Council c, String topic) {
        String officer = c.officers().get(random.nextInt(c.officers().size()))[1];
        String member = "Councillor " + c.members().get(random.nextInt(c.members().size()));
        int n = 3 + random.nextInt(40);
        return switch (random.nextInt(10)) {
            case 0 -> "Members asked how the proposals would affect residents in rural areas, and the " + officer
                    + " explained that a further assessment would be carried out.";
            case 1 -> "In response to a question from " + member + ", the " + officer
                    + " confirmed that the costs had been included in the medium term financial strategy.";
            case 2 -> "The " + officer + " reported that consultation had closed on " + shortDate(c.date().minusDays(n))
                    + " and that " + (n * 7) + " responses had been received.";
            case 3 -> member + " raised concerns about the timetable; the " + officer
                    + " undertook to circulate a briefing note before the next meeting.";
            case 4 -> "The Committee noted that the duty arose under section " + n + " of the " + pick(ACTS) + ".";
            case 5 -> "It was reported that performance had improved in " + (n % 9 + 1) + " of the 12 indicators since "
                    + "the last report, although demand had risen by " + n + " per cent.";
            case 6 -> "The " + officer + " advised that the risks had been reviewed and that mitigating actions were in "
                    + "place, with a further update due in " + c.date().plusMonths(3).getMonth()
                    .getDisplayName(TextStyle.FULL, Locale.UK) + ".";
            case 7 -> "Members welcomed the report and thanked officers for their work on the " + topic.toLowerCase(Locale.UK)
                    + ", noting the contribution of the " + pick(PLACE_A) + pick(PLACE_B) + " Community Partnership.";
            case 8 -> member + " asked whether the budget of " + (n * 25) + " thousand pounds was sufficient; the "
                    + officer + " said that it would be kept under review and reported to the Cabinet.";
            default -> "The " + officer + " explained that the council had a statutory duty under the " + pick(ACTS)
                    + " and that legal advice had been taken on the options set out in the report.";
        };
    }

    private List<String> topics() {
        Set<String> ts = new LinkedHashSet<>();
        int n = 4 + random.nextInt(6);
        while (ts.size() < n) {
            ts.add(pick(TOPICS));
        }
        return new ArrayList<>(ts);
    }

    private String minutesText(Council c) {
        StringBuilder b = new StringBuilder();
        b.append(c.name().toUpperCase(Locale.UK)).append("\n\n");
        b.append("Minutes of a meeting of the ").append(c.committee()).append(" held in ").append(pick(VENUES))
                .append(", ").append(c.place()).append(" Town Hall, on ").append(longDate(c.date())).append(".\n\n");
        List<String> m = c.members();
        b.append("PRESENT: Councillor ").append(m.get(0)).append(" (Chair), Councillor ").append(m.get(1))
                .append(" (Vice-Chair)");
        for (int i = 2; i < m.size() - 1; i++) {
            b.append(i == m.size() - 2 ? " and " : ", ").append("Councillor ").append(m.get(i));
        }
        b.append("\n\nIN ATTENDANCE: ");
        for (int i = 0; i < c.officers().size(); i++) {
            String[] o = c.officers().get(i);
            b.append(i > 0 ? ", " : "").append(o[0]).append(" (").append(o[1]).append(")");
        }
        int item = 1 + random.nextInt(60);
        b.append("\n\n").append(item++).append(". Apologies for Absence\n\nApologies were received from Councillor ")
                .append(m.get(m.size() - 1)).append(".\n\n");
        b.append(item++).append(". Declarations of Interest\n\nNo declarations of interest were made.\n\n");
        b.append(item++).append(". Minutes of the Meeting held on ").append(shortDate(c.date().minusDays(35)))
                .append("\n\nRESOLVED that the minutes of the meeting held on ").append(shortDate(c.date().minusDays(35)))
                .append(" be confirmed as a correct record.\n\n");
        for (String topic : topics()) {
            String[] o = c.officers().get(random.nextInt(c.officers().size()));
            b.append(item++).append(". ").append(topic).append("\n\n");
            b.append("The ").append(c.committee()).append(" considered a report of the ").append(o[1])
                    .append(" on the ").append(topic.toLowerCase(Locale.UK)).append(". ");
            int sentences = 4 + random.nextInt(10);
            for (int p = 0; p < sentences; p++) {
                b.append(discussion(c, topic)).append(p % 3 == 2 ? "\n\n" : " ");
            }
            b.append("\n\nRESOLVED:\n\n(a) That the report be noted.\n\n(b) That the ").append(o[1])
                    .append(" be authorised to implement the recommendations.\n\n");
        }
        b.append(item).append(". Date of Next Meeting\n\nIt was noted that the next meeting would be held on ")
                .append(shortDate(c.date().plusDays(28))).append(".\n\nThe meeting closed at ")
                .append(7 + random.nextInt(3)).append(".").append(10 + random.nextInt(50)).append(" pm\n");
        return b.toString();
    }

    private String agendaMarkdown(Council c) {
        StringBuilder b = new StringBuilder();
        b.append(c.name()).append("\n\n## **MEETING OF THE ").append(c.committee().toUpperCase(Locale.UK))
                .append("**\n\n**DATE: ").append(longDate(c.date()).toUpperCase(Locale.UK)).append("**\n\n**TIME: ")
                .append(2 + random.nextInt(5)).append(":").append(random.nextBoolean() ? "00" : "30")
                .append(" pm**\n\n**PLACE: ").append(pick(VENUES).replace("the ", "")).append(", ").append(c.place())
                .append(" Town Hall**\n\n### **Members of the Committee**\n\n");
        List<String> m = c.members();
        b.append("Councillor ").append(surname(m.get(0))).append(" (Chair)\n\n");
        b.append("Councillor ").append(surname(m.get(1))).append(" (Vice-Chair)\n\nCouncillors ");
        for (int i = 2; i < m.size(); i++) {
            b.append(i == 2 ? "" : i == m.size() - 1 ? " and " : ", ").append(surname(m.get(i)));
        }
        String[] contact = c.officers().get(0);
        String email = contact[0].substring(contact[0].indexOf(' ') + 1).toLowerCase(Locale.UK).replace(' ', '.')
                + "@" + c.place().toLowerCase(Locale.UK) + ".gov.uk";
        b.append("\n\n### **Officer contacts:**\n\n**").append(contact[0].substring(contact[0].indexOf(' ') + 1))
                .append(" (Democratic Services Officer)** ([").append(email).append("](mailto:").append(email)
                .append("))\n\n## **AGENDA**\n\n#### **1. APOLOGIES FOR ABSENCE**\n\n#### **2. DECLARATIONS OF INTEREST**\n\n");
        int item = 3;
        for (String topic : topics()) {
            String[] o = c.officers().get(random.nextInt(c.officers().size()));
            b.append("#### **").append(item++).append(". ").append(topic.toUpperCase(Locale.UK)).append("**\n\n")
                    .append("The ").append(o[1]).append(" submits a report on the ").append(topic.toLowerCase(Locale.UK))
                    .append(". ").append(discussion(c, topic)).append(" ").append(discussion(c, topic)).append("\n\n");
        }
        b.append("#### **").append(item).append(". WORK PROGRAMME**\n\nDates of future meetings:\n\n")
                .append(shortDate(c.date().plusDays(28))).append("\n").append(shortDate(c.date().plusDays(63))).append("\n");
        return b.toString();
    }

    private String minutesHtml(Council c) {
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>Agenda and minutes - ")
                .append(c.committee()).append(", ").append(shortDate(c.date())).append(" - ").append(c.name())
                .append("</title>\n<script>var t = 1;</script>\n</head>\n<body>\n<nav><a href=\"/\">Home</a></nav>\n")
                .append("<div id=\"modgov\">\n<h1>Agenda and minutes</h1>\n<h2 class=\"mgSubTitleTxt\">")
                .append(c.committee()).append(" - ").append(longDate(c.date())).append(" ").append(5 + random.nextInt(3))
                .append(".00 pm</h2>\n<p><span class=\"mgLabel\">Venue: </span>").append(pick(VENUES).replace("the ", ""))
                .append(", ").append(c.place()).append(" Town Hall.</p>\n<table class=\"mgItemTable\">\n");
        int item = 1 + random.nextInt(40);
        List<String> m = c.members();
        b.append(row(item++, "Apologies for Absence", "<p>Apologies were received from Councillors "
                + m.get(m.size() - 1) + " and " + m.get(m.size() - 2) + ".</p>"));
        for (String topic : topics()) {
            String[] o = c.officers().get(random.nextInt(c.officers().size()));
            StringBuilder body = new StringBuilder("<p>The Committee considered a report of the " + o[1] + " on the "
                    + topic.toLowerCase(Locale.UK) + ".</p>\n");
            int paras = 3 + random.nextInt(8);
            for (int p = 0; p < paras; p++) {
                body.append("<p>").append(discussion(c, topic)).append("</p>\n");
            }
            body.append("<p><b>RESOLVED</b> that:</p>\n<p>1. the report be noted;</p>\n<p>2. the ").append(o[1])
                    .append(" report back to the Committee in ").append(c.date().plusMonths(6).getMonth()
                            .getDisplayName(TextStyle.FULL, Locale.UK)).append(" ").append(c.date().plusMonths(6).getYear())
                    .append(".</p>");
            b.append(row(item++, topic, body.toString()));
        }
        b.append("</table>\n</div>\n<footer>").append(c.name()).append("</footer>\n</body>\n</html>\n");
        return b.toString();
    }

    private static String row(int number, String title, String body) {
        return "<tr><td class=\"mgItemNumberCell\"><p>" + number + ".</p></td><td>\n<p class=\"mgAiTitleTxt\">" + title
                + "</p>\n<p class=\"mgSubItemTitleTxt\">Minutes:</p>\n" + body + "\n</td></tr>\n";
    }

    private static String surname(String name) {
        return name.substring(name.lastIndexOf(' ') + 1);
    }
}
