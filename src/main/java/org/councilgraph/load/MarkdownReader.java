package org.councilgraph.load;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Markdown (as PDF-to-Markdown converters write it) to plain text: heading marks, emphasis, inline
 * HTML tags, link syntax and table pipes go; the words and the line structure stay. A superscript
 * ordinal ({@code 8<sup>th</sup>}) reads as {@code 8th}; a mail link keeps its address.
 */
final class MarkdownReader {
    private static final Pattern HEADING = Pattern.compile("(?m)^[ \\t]{0,3}#{1,6}[ \\t]+");
    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*]\\([^)]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)]\\((?:mailto:)?[^)]*\\)");
    private static final Pattern BR = Pattern.compile("(?i)<br\\s*/?>");
    private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][^>\\n]*>");
    private static final Pattern STRONG = Pattern.compile("\\*\\*|__");
    private static final Pattern EMPH = Pattern.compile("(?<![\\w*\\\\])\\*(?=\\S)|(?<=\\S)\\*(?![\\w*])");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>])");
    // Possessive quantifiers and run-start lookbehinds: a quantified group that may backtrack recurses once a
    // repetition (a long rule line overflowed the stack), and a run tried from each of its characters takes time
    // quadratic in its length. Nothing these forms refuse to give back could have been part of a match.
    static final Pattern TABLE_RULE = Pattern.compile(
            "(?m)^[ \\t]*+\\|?+[ \\t]*+:?+-{3,}+:?+[ \\t]*+(?:\\|[ \\t]*+:?+-{3,}+:?+[ \\t]*+)*+\\|?+[ \\t]*+$");
    static final Pattern TABLE_PIPE = Pattern.compile("(?:\\G|(?<!\\s))\\s*+\\|\\s*+");
    static final Pattern HARD_BREAK = Pattern.compile("(?m)(?<! ) {2,}+$");
    static final Pattern HR = Pattern.compile("(?m)^[ \\t]*+(?:[-*_][ \\t]*+){3,}+$");

    private MarkdownReader() {
    }

    /** True when {@code text} reads as Markdown: ATX headings, bold runs or inline HTML in quantity. */
    static boolean looksLikeMarkdown(String text) {
        String head = text.length() > 200_000 ? text.substring(0, 200_000) : text;
        long headings = HEADING.matcher(head).results().count();
        long strong = Pattern.compile("\\*\\*\\S").matcher(head).results().count();
        long tags = Pattern.compile("</?(b|sup|sub|i|strong|em)>").matcher(head).results().count();
        return headings >= 3 || strong >= 5 || headings >= 1 && strong + tags >= 3;
    }

    static Paper read(String source, String raw, String sha256) {
        String s = raw;
        s = BR.matcher(s).replaceAll("\n");
        s = IMAGE.matcher(s).replaceAll("");
        s = LINK.matcher(s).replaceAll("$1");
        s = TAG.matcher(s).replaceAll("");
        s = HEADING.matcher(s).replaceAll("");
        s = TABLE_RULE.matcher(s).replaceAll("");
        s = HR.matcher(s).replaceAll("");
        s = s.lines().map(l -> l.strip().startsWith("|") ? TABLE_PIPE.matcher(l.strip().replaceAll("^\\||\\|$", ""))
                .replaceAll("\t") : l).reduce(new StringBuilder(), (b, l) -> b.append(l).append('\n'), StringBuilder::append)
                .toString();
        s = STRONG.matcher(s).replaceAll("");
        s = EMPH.matcher(s).replaceAll("");
        s = ESCAPE.matcher(s).replaceAll("$1");
        s = HARD_BREAK.matcher(s).replaceAll("");
        s = s.replace("&amp;", "&").replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">");
        return new Paper(source, Format.MARKDOWN.mediaType(), TextCleaner.clean(s), List.of(), sha256, Optional.empty());
    }
}
