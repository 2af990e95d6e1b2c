package org.councilgraph.segment;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import org.councilgraph.segment.Layout.StaffEntry;
import org.councilgraph.text.PersonName;
import org.councilgraph.text.PostTitles;
import org.councilgraph.text.Span;

/** Structure charts set as tables: a row of names over a row of posts, or cells of "Name Post". */
final class StaffTables {
    private StaffTables() {
    }

    /** A row of names over a row of posts, or cells of "Name Post". */
    static void table(String clean, List<int[]> lines, int li, List<StaffEntry> out, java.util.Set<String> lower) {
        int s = lines.get(li)[0];
        String[] cells = clean.substring(s, lines.get(li)[1]).split("\t", -1);
        String[] below = null;
        int belowStart = -1;
        if (li + 1 < lines.size()) {
            belowStart = lines.get(li + 1)[0];
            String next = clean.substring(belowStart, lines.get(li + 1)[1]);
            if (next.indexOf('\t') >= 0) {
                below = next.split("\t", -1);
            }
        }
        int off = s;
        int belowOff = belowStart;
        java.util.Set<String> capitals = new java.util.HashSet<>();
        for (String cell : cells) {
            Matcher caps = StaffLayouts.Re.CAPITALS.p.matcher(cell);
            while (caps.find()) {
                capitals.add(caps.group());
            }
        }
        for (int c = 0; c < cells.length; c++) {
            String cell = cells[c];
            List<int[]> piece = List.<int[]>of(new int[] {off, off + cell.length()});
            List<StaffEntry> here = StaffLayouts.line(clean, piece, lower);
            // a glossary row ("HR<TAB>Human Resources") or a lone pair of words in a cell is no name
            if (here.size() == 1 && here.get(0).post().isEmpty() && here.get(0).name().honorific().isEmpty()) {
                PersonName n = here.get(0).name();
                String initials = (n.given() + " " + n.surname()).replaceAll("(?:^|\\s)(\\p{Lu})\\S*", "$1");
                if (capitals.contains(initials) || n.given().split(" ").length > 1 && !n.givenIsInitials()) {
                    here = List.of();
                }
            }
            if (!here.isEmpty() && here.get(0).post().isEmpty() && below != null && c < below.length) {
                int bOff = belowOff;
                for (int k = 0; k < c; k++) {
                    bOff += below[k].length() + 1;
                }
                String postCell = below[c];
                Optional<String> post = PostTitles.whole(postCell);
                if (post.isPresent()) {
                    int lead = postCell.length() - postCell.stripLeading().length();
                    Span ps = new Span(bOff + lead, bOff + lead + postCell.strip().length());
                    here = here.stream().map(n -> new StaffEntry(n.name(), n.span(), post, Optional.of(ps))).toList();
                }
            }
            out.addAll(here);
            off += cell.length() + 1;
        }
    }
}
