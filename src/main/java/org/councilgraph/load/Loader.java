package org.councilgraph.load;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The load stage: bytes to a {@link Paper}. The one entry point of this package.
 *
 * <pre>{@code
 * Paper paper = Loader.load(Path.of("minutes.pdf"));
 * paper.text();          // the words, a line per layout line
 * paper.pageAt(1234);    // the page a character offset falls on
 * }</pre>
 *
 * <p>The format comes from the content ({@code %PDF-}, HTML markup, Markdown structure), the file
 * name only breaking ties. Anything that cannot be read throws a {@link PaperException} naming the
 * file and the reason; it never returns half a paper.
 */
public final class Loader {
    /** Largest file read, in bytes. Council packs are a few MB; a 200 MB "paper" is a mistake. */
    public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;
    /** Longest line accepted in a text paper: a single line longer than this is not a paper's text. */
    public static final int MAX_LINE_CHARS = 100_000;
    /**
     * Most characters of text one paper may have: some ten times the largest pack a council prints, and
     * a bound on what one paper's analysis holds in memory whatever the file (a PDF of 64 MB can hold
     * far more text than its size suggests).
     */
    public static final int MAX_TEXT_CHARS = 20_000_000;

    private static final List<String> SKIPPED_SUFFIXES = List.of(".json", ".jsonl", ".csv", ".ttl", ".nq", ".nt",
            ".rq", ".zip", ".gz", ".png", ".jpg", ".jpeg", ".gif", ".svg", ".css", ".js", ".class", ".jar");

    private Loader() {
    }

    /** Reads one file, up to {@link #DEFAULT_MAX_BYTES}. */
    public static Paper load(Path file) throws PaperException {
        return load(file, DEFAULT_MAX_BYTES);
    }

    public static Paper load(Path file, long maxBytes) throws PaperException {
        return load(file.toString(), readBytes(file, maxBytes));
    }

    /**
     * The bytes of one file, after the checks that need no parsing: a regular file, readable, not
     * empty, within {@code maxBytes}. Callers that want the content hash before paying for a parse
     * (incremental builds) read here, then {@link #load(String, byte[])}.
     */
    public static byte[] readBytes(Path file, long maxBytes) throws PaperException {
        String source = file.toString();
        try {
            if (!Files.isRegularFile(file)) {
                throw new PaperException(source, Files.exists(file) ? "not a regular file"
                        : Files.isSymbolicLink(file) ? "symbolic link to nothing" : "no such file");
            }
            if (!Files.isReadable(file) || nobodyMayRead(file)) {
                throw new PaperException(source, "permission denied (the file's mode lets no one read it)");
            }
            long size = Files.size(file);
            if (size == 0) {
                throw new PaperException(source, "empty file (0 bytes)");
            }
            if (size > maxBytes) {
                throw new PaperException(source, String.format(Locale.ROOT,
                        "file is %.1f MB, over the %d MB limit for one paper", size / 1048576.0, maxBytes / 1048576));
            }
            return Files.readAllBytes(file);
        } catch (AccessDeniedException e) {
            throw new PaperException(source, "permission denied", e);
        } catch (NoSuchFileException e) {
            throw new PaperException(source, "no such file", e);
        } catch (IOException e) {
            throw new PaperException(source, "cannot be read: " + e.getMessage(), e);
        } catch (OutOfMemoryError e) {
            throw new PaperException(source, "too large to read into memory", e);
        }
    }

    /**
     * A file whose mode grants read to no one is one its owner has locked away. A build running as
     * root could still read it, but should not: honour the mode as an ordinary user's build would.
     */
    private static boolean nobodyMayRead(Path file) {
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
            return !perms.contains(PosixFilePermission.OWNER_READ) && !perms.contains(PosixFilePermission.GROUP_READ)
                    && !perms.contains(PosixFilePermission.OTHERS_READ);
        } catch (UnsupportedOperationException | IOException e) {
            return false;
        }
    }

    /** Reads a paper from bytes already in memory; {@code source} names it in errors and provenance. */
    public static Paper load(String source, byte[] bytes) throws PaperException {
        if (bytes.length == 0) {
            throw new PaperException(source, "empty file (0 bytes)");
        }
        String sha = sha256(bytes);
        Format format = Format.sniff(bytes, source);
        Paper paper;
        try {
            paper = switch (format) {
                case PDF -> PdfReader.read(source, bytes, sha);
                case HTML -> HtmlReader.read(source, bytes, sha);
                case MARKDOWN, TEXT -> readText(source, bytes, sha, format);
            };
        } catch (RuntimeException | StackOverflowError e) {
            // a reader library tripping over a malformed file is that file's problem, not the build's
            throw new PaperException(source, "could not be read as " + format.mediaType() + ": " + e, e);
        }
        if (paper.text().isBlank()) {
            throw new PaperException(source, "no text in the file");
        }
        checkLines(source, paper.text());
        return paper;
    }

    private static Paper readText(String source, byte[] bytes, String sha, Format format) throws PaperException {
        String text = TextDecoder.decode(bytes);
        int printable = 0;
        int sample = Math.min(text.length(), 8192);
        for (int i = 0; i < sample; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t' || c >= 0x20 && c != 0x7F && c != 0xFFFD) {
                printable++;
            }
        }
        if (sample > 0 && printable < sample * 0.90) {
            throw new PaperException(source, "binary data, not text (" + (sample - printable) * 100 / sample
                    + "% unprintable characters)");
        }
        checkLines(source, text);
        if (format == Format.MARKDOWN || MarkdownReader.looksLikeMarkdown(text)) {
            return MarkdownReader.read(source, text, sha);
        }
        return new Paper(source, Format.TEXT.mediaType(), TextCleaner.clean(text), List.of(), sha, java.util.Optional.empty());
    }

    /**
     * A line far longer than any printed page holds is not a paper's text (and would stall the analysis);
     * nor is more text than {@link #MAX_TEXT_CHARS}.
     */
    private static void checkLines(String source, String text) throws PaperException {
        int lineStart = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                if (i - lineStart > MAX_LINE_CHARS) {
                    throw new PaperException(source, "a line of " + (i - lineStart)
                            + " characters (limit " + MAX_LINE_CHARS + "): not the text of a paper");
                }
                lineStart = i + 1;
            }
        }
        if (text.length() > MAX_TEXT_CHARS) {
            throw new PaperException(source, String.format(Locale.ROOT, "%,d characters of text, over the %,d limit for one paper",
                    text.length(), MAX_TEXT_CHARS));
        }
    }

    /**
     * The papers under {@code roots}: files as given, folders walked recursively in a stable (sorted)
     * order. Hidden files and files that are plainly not papers (JSON, images, RDF) are skipped;
     * problems met on the way go to {@code onProblem}.
     */
    public static List<Path> collect(Collection<Path> roots, Consumer<PaperException> onProblem) {
        return sources(roots, List.of(), onProblem).stream().map(Source::file).toList();
    }

    /**
     * The papers under {@code roots}, each with the name it is published under (see {@link Source}).
     * Folders are walked recursively in a stable (sorted) order. A symbolic link is followed only where
     * its target lies inside the folder walked (a link out of it is reported, not read), never round a
     * loop. Hidden files, files that are plainly not papers (JSON, images, RDF), the folders in
     * {@code skipped} (the store being built) and any TDB2 database folder are passed over; problems met
     * on the way go to {@code onProblem}. A folder that is a crawl's archive gives the files its manifest
     * lists, each named by its URL (see {@link ArchiveSources}).
     */
    public static List<Source> sources(Collection<Path> roots, Collection<Path> skipped, Consumer<PaperException> onProblem) {
        List<Path> skip = new ArrayList<>();
        for (Path p : skipped) {
            try {
                skip.add(p.toRealPath());
            } catch (IOException e) {
                skip.add(p.toAbsolutePath().normalize());
            }
        }
        List<Source> out = new ArrayList<>();
        for (Path root : roots) {
            if (!Files.exists(root)) {
                onProblem.accept(new PaperException(root.toString(), "no such file or folder"));
                continue;
            }
            if (!Files.isDirectory(root)) {
                out.add(new Source(root, relativeName(root, root)));
                continue;
            }
            out.addAll(ArchiveSources.isArchive(root) ? ArchiveSources.sources(root, onProblem) : walk(root, skip, onProblem));
        }
        return out;
    }

    private static List<Source> walk(Path root, List<Path> skip, Consumer<PaperException> onProblem) {
        List<Source> found = new ArrayList<>();
        Path inside;
        try {
            inside = root.toRealPath();
        } catch (IOException e) {
            onProblem.accept(new PaperException(root.toString(), "cannot be walked: " + e.getMessage(), e));
            return found;
        }
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                            Path name = dir.getFileName();
                            if (!dir.equals(root) && name != null && name.toString().startsWith(".")) {
                                return FileVisitResult.SKIP_SUBTREE;
                            }
                            Path real = dir.toRealPath();
                            if (!insideOf(dir, inside)) {
                                onProblem.accept(new PaperException(dir.toString(),
                                        "symbolic link to a folder outside " + root + "; not read"));
                                return FileVisitResult.SKIP_SUBTREE;
                            }
                            // a store inside the folder of papers holds no papers: its files are the database's own
                            return skip.contains(real) || isDatabase(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
                            if (name.startsWith(".") || SKIPPED_SUFFIXES.stream().anyMatch(name::endsWith)
                                    || name.equals("readme.md") || name.equals("sources.md")) {
                                return FileVisitResult.CONTINUE;
                            }
                            if (!insideOf(file, inside)) {
                                onProblem.accept(new PaperException(file.toString(),
                                        "symbolic link to a file outside " + root + "; not read"));
                                return FileVisitResult.CONTINUE;
                            }
                            found.add(new Source(file, relativeName(root, file)));
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            String reason = e instanceof FileSystemLoopException ? "symbolic link loop, skipped"
                                    : e instanceof AccessDeniedException ? "permission denied"
                                    : "cannot be read: " + e.getMessage();
                            onProblem.accept(new PaperException(file.toString(), reason, e));
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            onProblem.accept(new PaperException(root.toString(), "cannot be walked: " + e.getMessage(), e));
        }
        found.sort(java.util.Comparator.comparing(Source::file));
        return found;
    }

    /** True when {@code file} resolves to a place inside {@code inside}; a link to nothing is left to the reader to report. */
    private static boolean insideOf(Path file, Path inside) {
        try {
            return file.toRealPath().startsWith(inside);
        } catch (IOException e) {
            return true;
        }
    }

    /**
     * {@code file}'s path from the folder holding {@code root}, folders joined by {@code /} whatever the
     * platform: the PATH's own name and what is below it ("westby/2025-01/minutes.txt" for PATH "westby" or
     * "/home/someone/westby"; "minutes.txt" for PATH "minutes.txt"), so folders given apart, or one after
     * another, name their papers apart, and no path above them is published.
     */
    static String relativeName(Path root, Path file) {
        Path top = root.toAbsolutePath().normalize();
        Path from = top.getParent() == null ? top : top.getParent();
        StringBuilder b = new StringBuilder();
        for (Path part : from.relativize(file.toAbsolutePath().normalize())) {
            if (b.length() > 0) {
                b.append('/');
            }
            b.append(part);
        }
        return b.toString();
    }

    /** A TDB2 database (or one of its generations): a lock file, or the node table beside a journal. */
    private static boolean isDatabase(Path dir) {
        return Files.exists(dir.resolve("tdb.lock"))
                || Files.exists(dir.resolve("nodes.dat")) && Files.exists(dir.resolve("journal.jrnl"));
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
