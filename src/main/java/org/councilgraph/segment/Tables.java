package org.councilgraph.segment;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.councilgraph.text.Lexicon;

/** Reading lexicon tables whose second column lists the kinds of a row, joined by '+' ("verb+title-verb"). */
final class Tables {
    private Tables() {
    }

    /** The first cells of the rows of {@code table} that are of {@code kind}, as a regex alternation in file order. */
    static String alternationOfKind(String table, String kind) {
        return Lexicon.of(table).rows().stream().filter(r -> List.of(Lexicon.cell(r, 1).split("\\+")).contains(kind))
                .map(r -> Pattern.quote(r.get(0))).collect(Collectors.joining("|"));
    }
}
