package org.councilgraph.load;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The formats councilgraph reads, told apart by content first and by file name only when the
 * content does not decide (a {@code .txt} holding Markdown is read as Markdown).
 */
public enum Format {
    PDF("application/pdf"),
    HTML("text/html"),
    MARKDOWN("text/markdown"),
    TEXT("text/plain");

    private final String mediaType;

    Format(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    /** Sniffs the format of {@code bytes}; {@code name} breaks ties between text formats. */
    public static Format sniff(byte[] bytes, String name) {
        // a PDF header may follow a little junk (the spec allows it within the first 1024 bytes)
        for (int i = 0; i + 4 < Math.min(bytes.length, 1024); i++) {
            if (bytes[i] == '%' && bytes[i + 1] == 'P' && bytes[i + 2] == 'D' && bytes[i + 3] == 'F' && bytes[i + 4] == '-') {
                return PDF;
            }
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".pdf")) {
            return PDF; // a broken PDF: let the PDF reader say what is wrong with it
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1)
                .replace("\u0000", "").toLowerCase(Locale.ROOT).stripLeading();
        if (head.startsWith("\u00ef\u00bb\u00bf")) {
            head = head.substring(3).stripLeading();
        }
        if (head.contains("<!doctype html") || head.contains("<html") || head.contains("<body")
                || head.startsWith("<") && (head.contains("<div") || head.contains("<p>") || head.contains("<table"))) {
            return HTML;
        }
        if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")) {
            return HTML;
        }
        if (lower.endsWith(".md") || lower.endsWith(".markdown")) {
            return MARKDOWN;
        }
        return TEXT; // whether plain text is really Markdown is decided on the decoded text
    }
}
