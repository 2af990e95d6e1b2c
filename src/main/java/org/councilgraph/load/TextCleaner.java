package org.councilgraph.load;

import java.util.regex.Pattern;

/**
 * The clean-up every format shares: one kind of line break, no control characters, no-break and
 * odd spaces as plain spaces, soft hyphens and zero-width marks gone, trailing spaces trimmed and
 * runs of blank lines folded to one. Smart quotes and dashes are kept: they are the document's words.
 */
final class TextCleaner {
    private static final Pattern SPACES = Pattern.compile("[\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000]");
    private static final Pattern INVISIBLE = Pattern.compile("[\\u00AD\\u200B-\\u200D\\u2060\\uFEFF]");
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0E-\\x1F\\x7F]");
    private static final Pattern TRAILING = Pattern.compile("[ \\t]+\\n");
    private static final Pattern BLANKS = Pattern.compile("\\n{3,}");

    private TextCleaner() {
    }

    static String clean(String s) {
        s = s.replace("\r\n", "\n").replace('\r', '\n').replace('\f', '\n');
        s = SPACES.matcher(s).replaceAll(" ");
        s = INVISIBLE.matcher(s).replaceAll("");
        s = CONTROL.matcher(s).replaceAll(" ");
        s = TRAILING.matcher(s).replaceAll("\n");
        s = BLANKS.matcher(s).replaceAll("\n\n");
        return s.strip() + "\n";
    }
}
