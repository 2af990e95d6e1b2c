package org.councilgraph.crawl;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A crawl's archive: the files fetched, each written whole or not at all (a temporary file in the same
 * folder, forced to disk, then moved into place), and {@code manifest.tsv}, a journal with a line per
 * fetch (the URL, the file, when, the HTTP validators, the SHA-256 and size, and the committee, meeting
 * and item it belongs to). The last line for a URL is what the archive knows of it; a line cut short
 * by a kill is ignored, and the file it would have described is either whole or absent.
 */
public final class Archive {
    public static final String MANIFEST = "manifest.tsv";
    /** What the archive is of: the site crawled and the council it publishes for (lines {@code key TAB value}). */
    public static final String ABOUT = "archive.tsv";
    /** The folder of the web service's answers. */
    public static final String WS = "ws";
    static final List<String> COLUMNS = List.of("url", "file", "retrieved_at", "etag", "last_modified", "sha256", "bytes",
            "committee", "meeting", "item", "title");
    private static final String PART = ".part-";

    /** What the archive records of one fetched URL. */
    public record Entry(String url, String file, String retrievedAt, String etag, String lastModified, String sha256,
            long bytes, String committee, String meeting, String item, String title) {
        Fetcher.Validators validators() {
            return new Fetcher.Validators(etag, lastModified);
        }

        String line() {
            return String.join("\t", clean(url), clean(file), clean(retrievedAt), clean(etag), clean(lastModified), sha256,
                    Long.toString(bytes), clean(committee), clean(meeting), clean(item), clean(title)) + "\n";
        }

        static Optional<Entry> parse(String line) {
            String[] c = line.split("\t", -1);
            if (c.length != COLUMNS.size() || !c[6].matches("\\d+")) {
                return Optional.empty();
            }
            return Optional.of(new Entry(c[0], c[1], c[2], c[3], c[4], c[5], Long.parseLong(c[6]), c[7], c[8], c[9], c[10]));
        }
    }

    /** What a fetch belongs to: its committee, meeting and item (any may be empty), and a title. */
    public record Context(String committee, String meeting, String item, String title) {
        public static final Context NONE = new Context("", "", "", "");
    }

    private final Path dir;
    private final Map<String, Entry> entries = new LinkedHashMap<>();

    private Archive(Path dir) {
        this.dir = dir;
    }

    /** Opens (creating) the archive in {@code dir}, clearing what a killed crawl left half-written. */
    public static Archive open(Path dir) throws IOException {
        Files.createDirectories(dir);
        Archive a = new Archive(dir);
        a.removeParts();
        a.readManifest();
        return a;
    }

    public Path dir() {
        return dir;
    }

    public Optional<Entry> entry(String url) {
        return Optional.ofNullable(entries.get(url));
    }

    public Map<String, Entry> entries() {
        return java.util.Collections.unmodifiableMap(entries);
    }

    /**
     * Keeps {@code body} fetched from {@code url} at {@code file} (relative to the archive) and records
     * it. Returns true when the content is new or changed; an unchanged body is not rewritten.
     */
    public synchronized boolean store(String url, String file, byte[] body, Fetcher.Validators v, Context cx) throws IOException {
        String sha = sha256(body);
        Entry before = entries.get(url);
        boolean changed = before == null || !before.sha256().equals(sha) || !before.file().equals(file)
                || !Files.isRegularFile(dir.resolve(file));
        if (changed) {
            writeWhole(dir.resolve(file), body);
        }
        record(new Entry(url, file, Instant.now().toString(), v.etag(), v.lastModified(), sha, body.length, cx.committee(),
                cx.meeting(), cx.item(), cx.title()));
        return changed;
    }

    /** Records that {@code url} was asked again and not modified (a 304): the validators may be new. */
    public synchronized void unchanged(String url, Fetcher.Validators v) throws IOException {
        Entry e = entries.get(url);
        if (e != null) {
            String etag = v.etag().isEmpty() ? e.etag() : v.etag();
            String lm = v.lastModified().isEmpty() ? e.lastModified() : v.lastModified();
            record(new Entry(e.url(), e.file(), Instant.now().toString(), etag, lm, e.sha256(), e.bytes(), e.committee(),
                    e.meeting(), e.item(), e.title()));
        }
    }

    /** The body archived for {@code url}, when the archive has it whole. */
    public Optional<byte[]> body(String url) throws IOException {
        Entry e = entries.get(url);
        if (e == null || !Files.isRegularFile(dir.resolve(e.file()))) {
            return Optional.empty();
        }
        byte[] b = Files.readAllBytes(dir.resolve(e.file()));
        return sha256(b).equals(e.sha256()) ? Optional.of(b) : Optional.empty();
    }

    /** Records the site crawled and, when known, the council it publishes for (register name and code). */
    public void describe(String site, String council, String code) throws IOException {
        String text = "site\t" + clean(site) + "\n" + (council.isEmpty() ? "" : "council\t" + clean(council) + "\n")
                + (code.isEmpty() ? "" : "code\t" + clean(code) + "\n");
        Path about = dir.resolve(ABOUT);
        if (!Files.exists(about) || !Files.readString(about, StandardCharsets.UTF_8).equals(text)) {
            writeWhole(about, text.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** True when {@code dir} holds a crawl's archive: a manifest and the web service's answers. */
    public static boolean isArchive(Path dir) {
        return Files.isRegularFile(dir.resolve(MANIFEST)) && Files.isDirectory(dir.resolve(WS));
    }

    /**
     * What an archive records, read without touching it (no clearing, no header written): the last line
     * for each URL whose file is in the archive, in the order first fetched.
     */
    public static List<Entry> entriesOf(Path dir) throws IOException {
        Map<String, Entry> out = new LinkedHashMap<>();
        for (String line : Files.readAllLines(dir.resolve(MANIFEST), StandardCharsets.UTF_8)) {
            if (!line.startsWith("#")) {
                Entry.parse(line).ifPresent(e -> out.put(e.url(), e));
            }
        }
        return List.copyOf(out.values());
    }

    /** The archive's description ({@link #describe}): keys to values, empty when it has none. */
    public static Map<String, String> about(Path dir) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        Path about = dir.resolve(ABOUT);
        if (Files.isRegularFile(about)) {
            for (String line : Files.readAllLines(about, StandardCharsets.UTF_8)) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    out.put(line.substring(0, tab), line.substring(tab + 1).strip());
                }
            }
        }
        return out;
    }

    private void record(Entry e) throws IOException {
        Path manifest = dir.resolve(MANIFEST);
        try (FileChannel ch = FileChannel.open(manifest, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            ch.write(ByteBuffer.wrap(e.line().getBytes(StandardCharsets.UTF_8)));
            ch.force(false);
        }
        entries.put(e.url(), e);
    }

    private void readManifest() throws IOException {
        Path manifest = dir.resolve(MANIFEST);
        if (!Files.exists(manifest)) {
            Files.writeString(manifest, "#" + String.join("\t", COLUMNS) + "\n");
            return;
        }
        String text = Files.readString(manifest, StandardCharsets.UTF_8);
        if (!text.isEmpty() && !text.endsWith("\n")) {
            // a line cut short by a kill: end it, so the next line starts clean (the cut line is not read)
            Files.writeString(manifest, "\n", StandardOpenOption.APPEND);
            text = text.substring(0, text.lastIndexOf('\n') + 1);
        }
        for (String line : text.split("\n")) {
            if (!line.startsWith("#")) {
                Entry.parse(line).ifPresent(e -> entries.put(e.url(), e));
            }
        }
    }

    private void removeParts() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                if (p.getFileName().toString().contains(PART)) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    static void writeWhole(Path target, byte[] body) throws IOException {
        Files.createDirectories(target.getParent());
        Path part = target.resolveSibling(target.getFileName() + PART + Long.toHexString(System.nanoTime()));
        try (FileChannel ch = FileChannel.open(part, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer buf = ByteBuffer.wrap(body);
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            ch.force(true);
        }
        try {
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static String sha256(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String clean(String s) {
        return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
