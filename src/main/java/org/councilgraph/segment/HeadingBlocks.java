package org.councilgraph.segment;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilgraph.rule.Cascade;
import org.councilgraph.rule.Rule;
import org.councilgraph.text.Dates;
import org.councilgraph.text.Lexicon;
import org.councilgraph.text.Span;

/**
 * The heading block at the top of a paper: its lines above the first attendance list or item of
 * business. Parish, town and community councils head minutes and agendas in many ways ("Westby Parish
 * Council - 3rd March 2020"; "MINUTES for the / Westby Community Council public meeting / held in Church
 * Hall, Westby / on Tuesday 14 / th / May 2024"; "Minutes of Meeting held on ..." under the council's
 * name; "WESTBY COMMUNITY COUNCIL / EXTRAORDINARY MEETING 9th MARCH 2024"), so the block is read as
 * a whole rather than line by line: its body is the name a line gives once the words of a paper and of a
 * meeting are taken off it (a committee's before a council's letterhead), its date the first one that
 * names no other meeting (rule cascade {@code headingDate}), its time and venue as printed, a meeting
 * held remotely ("via Zoom") having the platform as venue. It is read only where no heading form of
 * {@link MeetingHeaders} names the meeting within the block.
 */
final class HeadingBlocks {
    private static final int MAX_LINES = 14;
    private static final int MAX_CHARS = 1600;
    private static final Lexicon WORDS = Lexicon.of("heading-words.tsv");
    private static final String STATUS = WORDS.alternationWhere(1, "status");
    /** "Minutes", "Agenda", "Summons": a paper's own words (heading-words.tsv), as a regex alternation. */
    static final String PAPER = WORDS.alternationWhere(1, "paper");
    private static final String NOUN = WORDS.alternationWhere(1, "noun");
    private static final String KIND = Tables.alternationOfKind("meeting-kinds.tsv", "heading");
    /** A line opening the paper's body: attendance, apologies, a numbered item. */
    private static final Pattern BLOCK_END = Pattern.compile(
            "(?i)^(?:" + Lexicon.of("heading-block-ends.tsv").alternation() + ")");
    /** "AGREED Minutes for the", "MINUTES OF MEETING of", "Inaugural Meeting of the": what stands before a body's name. */
    private static final Pattern BEFORE_NAME = Pattern.compile("(?i)^[\\s\\W]*(?:(?:" + STATUS + ")\\s+)*(?:(?:" + PAPER
            + ")\\s+(?:of|for)\\s+)?(?:(?:a|an|the)\\s+)?(?:(?:(?:" + KIND + ")\\s+)*(?:" + NOUN + ")\\s+(?:of|for)\\s+(?:the\\s+)?)?");
    /** Where a body's name ends on its line: "held ...", " - 3rd March", ", Tuesday", "@ 7pm", "(up to ...)", a number. */
    private static final Pattern AFTER_NAME = Pattern.compile("(?i)(?:\\s+(?:held|will\\s+be\\s+held|to\\s+be\\s+held|which|that|took\\s+place|"
            + "via)\\b|\\s+(?:on|at)\\s+(?=\\d|" + Dates.WEEKDAY_STEM + "day)|\\s+[-–—]\\s*|\\s*[–—,:;@(]|\\s+\\d).*$");
    /** "Public Meeting Agenda", "AGM", "MINUTES": a meeting's and a paper's words after a name. */
    private static final Pattern WORDS_AFTER_NAME = Pattern.compile("(?i)(?:(?:\\s+(?:" + KIND + "))*\\s+(?:" + NOUN + ")|\\s+(?:"
            + PAPER + "))+\\s*$");
    private static final Pattern LETTERHEAD = Pattern.compile("(?i).*\\b(?:county|city|borough|district|metropolitan)\\s+council$");
    /** "Minutes", "Minute", "Cofnodion": the paper words that say it is minutes. */
    static final Pattern MINUTES = Pattern.compile("(?i)\\b(?:" + WORDS.alternationWhere(2, "minutes") + ")\\b");
    private static final Pattern AGENDA = Pattern.compile("(?i)\\b(?:" + WORDS.alternationWhere(2, "agenda")
            + ")\\b|\\b(?:will|is\\s+to|to)\\s+be\\s+held\\b|\\binvites?\\s+you\\b");
    private static final Pattern MEETING_WORD = Pattern.compile("(?i)\\b(?:" + NOUN + "|" + PAPER + ")(?![\\w.])");
    private static final Pattern OTHER_MEETING = Pattern.compile(
            "(?i)\\b(?:" + Lexicon.of("other-meeting-words.tsv").alternation() + ")\\b[^\\n]{0,40}$");
    /** "NEXT MEETING TO BE HELD ON": a summons names its own meeting the next one. */
    private static final Pattern SUMMONS = Pattern.compile("(?i)\\bmeeting\\s+(?:is\\s+)?(?:to\\s+be|will\\s+be)\\s+held\\s+(?:on\\s+)?(?:the\\s+)?$");
    private static final String TIME_WORDS = "(?:at\\s+\\d{1,2}(?:[.:]\\d{2})?\\s*(?:[ap]\\.?\\s?m\\.?|hrs)?\\s*,?\\s*)?";
    /** "held at 7.15 pm within the Memorial Hall, Westby on Thursday", "Annual Parish Meeting in the Village Hall on ...". */
    private static final Pattern VENUE_HELD = Pattern.compile("(?i)\\b(?:held|meeting|take\\s+place)\\s+" + TIME_WORDS
            + "(?:in|at|within)\\s+(?:the\\s+)?(?<v>(?-i:[A-Z])[^\\n]{2,100}?(?:\\n[^\\n]{2,60}?)??)\\s*,?\\s+(?:on|at\\s+\\d)\\b");
    /**
     * "... 2024 at 7.15pm in Westby Community Hall", "... 2024 at the Old School, / Westby.", Welsh "... 2024 yn yr
     * Ystafell Ddarllen, Westby.": a venue after the date.
     */
    private static final Pattern VENUE_AFTER = Pattern.compile("(?i)^\\s*,?\\s*" + TIME_WORDS
            + "(?:in|at|within|yn)\\s+(?:the\\s+|yr?\\s+)?(?<v>(?-i:[A-Z])(?:[^.\\n]|(?<=,)[ \\t]*\\n){2,120})");
    private static final Lexicon REMOTE = Lexicon.of("remote-venues.tsv");
    private static final Pattern REMOTE_VENUE = Pattern.compile("(?i)\\b(?:via|by|on|using|over)\\s+(?:a\\s+|the\\s+)?(?<p>"
            + REMOTE.alternationWhere(1, "platform") + ")\\b|\\b(?<w>(?:" + REMOTE.alternation() + ")\\s+meeting)\\b|\\bheld\\s+(?<a>"
            + REMOTE.alternationWhere(1, "word") + ")ly\\b");

    private HeadingBlocks() {
    }

    /** A date of the heading block, with the text before it on its line and a little above. */
    record DateCandidate(Dates.Found found, String before, int at) {
        @Override
        public String toString() {
            return found.date() + " after \"" + before.strip() + "\"";
        }
    }

    private static final Cascade<DateCandidate> HEADING_DATE = Cascade.<DateCandidate>named("headingDate")
            .accept(Rule.named("summonsToNextMeeting", c -> SUMMONS.matcher(c.before()).find()))
            .reject(Rule.named("namesAnotherMeeting", c -> OTHER_MEETING.matcher(c.before()).find()))
            .locatedBy(DateCandidate::at)
            .otherwise(true);

    /** The block's lines: where it ends, and the offsets of its non-blank lines. */
    private record Block(int end, List<int[]> lines) {
    }

    /** The meeting the heading block of {@code text} names, when it names a body and a date. */
    static Optional<MeetingHeaders.Header> read(String text) {
        Block block = block(text);
        if (block.lines().isEmpty()) {
            return Optional.empty();
        }
        String head = text.substring(0, block.end());
        Optional<Dates.Found> date = date(head);
        if (date.isEmpty()) {
            return Optional.empty();
        }
        int[] named = body(text, block.lines());
        if (named == null) {
            return Optional.empty();
        }
        String committee = Committees.clean(name(text.substring(named[0], named[1])));
        int dateLine = text.lastIndexOf('\n', date.get().span().start()) + 1;
        // a body's name and a date alone are a meeting only on a paper that says it is minutes or an agenda, or on one line
        if (!MEETING_WORD.matcher(head).find() && dateLine != named[0]) {
            return Optional.empty();
        }
        int dateEnd = text.indexOf('\n', date.get().span().end());
        int end = Math.min(block.end(), dateEnd < 0 ? text.length() : dateEnd);
        Optional<LocalTime> time = Dates.times(head).stream().findFirst().map(Dates.FoundTime::time);
        Layout.Role role = MINUTES.matcher(head).find() || !AGENDA.matcher(head).find() ? Layout.Role.MINUTES : Layout.Role.AGENDA;
        int start = Math.min(named[0], dateLine);
        // the block runs over its name and its date, whichever comes last
        end = Math.max(end, named[1]);
        return Optional.of(new MeetingHeaders.Header(start, new Span(start, Math.max(end, start + 1)), committee, date.get().date(), time,
                venue(head), role));
    }

    /** The paper's top lines up to the first that opens its body. */
    private static Block block(String text) {
        List<int[]> lines = new ArrayList<>();
        int pos = 0;
        int limit = Math.min(text.length(), MAX_CHARS);
        while (pos < limit && lines.size() < MAX_LINES) {
            int nl = text.indexOf('\n', pos);
            int end = nl < 0 ? text.length() : nl;
            String line = text.substring(pos, end).strip();
            if (BLOCK_END.matcher(line).find()) {
                return new Block(pos, lines);
            }
            if (!line.isEmpty()) {
                lines.add(new int[] {pos, end});
            }
            pos = end + 1;
        }
        return new Block(Math.min(pos, text.length()), lines);
    }

    /** The first date of the heading that names no other meeting. */
    private static Optional<Dates.Found> date(String head) {
        for (Dates.Found f : Dates.find(head, null)) {
            int from = Math.max(0, f.span().start() - 60);
            if (HEADING_DATE.accepts(new DateCandidate(f, head.substring(from, f.span().start()), f.span().start()))) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** The line naming the block's body, as {start, end}: a committee's before a principal council's letterhead. */
    private static int[] body(String text, List<int[]> lines) {
        int[] letterhead = null;
        for (int[] l : lines) {
            String c = Committees.clean(name(text.substring(l[0], l[1])));
            if (c == null) {
                continue;
            }
            if (!LETTERHEAD.matcher(c).matches()) {
                return l;
            }
            if (letterhead == null) {
                letterhead = l;
            }
        }
        return letterhead;
    }

    /** A heading line less the words of a paper and a meeting around the body's name. */
    static String name(String line) {
        String s = BEFORE_NAME.matcher(line).replaceFirst("");
        s = AFTER_NAME.matcher(s).replaceFirst("");
        return WORDS_AFTER_NAME.matcher(s).replaceFirst("").strip();
    }

    /** "held in the Village Hall, Westby on Tuesday ...": the place a sentence says the meeting is held in. */
    static Optional<String> heldIn(String text) {
        Matcher held = VENUE_HELD.matcher(text);
        return held.find() ? Optional.of(MeetingHeaders.tidyVenue(held.group("v"))) : Optional.empty();
    }

    /** Where the heading says the meeting is held: a place, else the platform of a remote meeting. */
    static Optional<String> venue(String head) {
        Optional<String> held = heldIn(head);
        if (held.isPresent()) {
            return held;
        }
        for (Dates.Found f : Dates.find(head, null)) {
            Matcher after = VENUE_AFTER.matcher(head.substring(f.span().end()));
            if (after.find() && Dates.times(after.group("v")).isEmpty()) {
                return Optional.of(MeetingHeaders.tidyVenue(after.group("v")));
            }
        }
        Matcher remote = REMOTE_VENUE.matcher(head);
        if (remote.find()) {
            String v = remote.group("p") != null ? remote.group("p") : remote.group("w") != null ? remote.group("w")
                    : remote.group("a") + " meeting";
            return Optional.of(MeetingHeaders.tidyVenue(v.substring(0, 1).toUpperCase(Locale.ROOT) + v.substring(1)));
        }
        return Optional.empty();
    }
}
