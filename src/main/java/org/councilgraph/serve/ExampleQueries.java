package org.councilgraph.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The example queries: every {@code .rq} file under {@code /queries/} on the classpath (the jar
 * carries the project's {@code queries/} folder) and in a folder given at start-up, each headed by
 * a {@code # question} comment line. A file in the folder replaces a classpath one of the same name.
 */
final class ExampleQueries {
    /** One example: its file name (without .rq), the question it answers, and the query. */
    record Example(String name, String question, String query) {
    }

    private final List<Example> examples;

    private ExampleQueries(List<Example> examples) {
        this.examples = List.copyOf(examples);
    }

    static ExampleQueries load(Path folder) {
        Map<String, String> texts = new TreeMap<>();
        fromClasspath(texts);
        if (folder != null && Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".rq")).sorted().toList()) {
                    texts.put(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("queries folder " + folder + ": " + e.getMessage(), e);
            }
        }
        List<Example> out = new ArrayList<>();
        texts.forEach((file, text) -> out.add(new Example(file.substring(0, file.length() - 3), question(file, text), text)));
        return new ExampleQueries(out);
    }

    List<Example> all() {
        return examples;
    }

    Optional<Example> named(String name) {
        return examples.stream().filter(e -> e.name().equals(name)).findFirst();
    }

    /** The first comment line, without its {@code #}; the file name when there is none. */
    static String question(String file, String text) {
        for (String line : text.split("\\R")) {
            String l = line.strip();
            if (l.startsWith("#")) {
                String q = l.replaceFirst("^#+\\s*", "").strip();
                if (!q.isEmpty()) {
                    return q;
                }
            } else if (!l.isEmpty()) {
                break;
            }
        }
        return file.replaceFirst("\\.rq$", "").replace('-', ' ').replace('_', ' ');
    }

    private static void fromClasspath(Map<String, String> texts) {
        try {
            Enumeration<URL> roots = ExampleQueries.class.getClassLoader().getResources("queries");
            while (roots.hasMoreElements()) {
                URL root = roots.nextElement();
                if (root.getProtocol().equals("file")) {
                    Path dir = Path.of(root.toURI());
                    try (Stream<Path> files = Files.list(dir)) {
                        for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".rq")).toList()) {
                            texts.putIfAbsent(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8));
                        }
                    }
                } else if (root.getProtocol().equals("jar")) {
                    JarURLConnection c = (JarURLConnection) root.openConnection();
                    c.setUseCaches(false);
                    try (JarFile jar = c.getJarFile()) {
                        for (Enumeration<JarEntry> es = jar.entries(); es.hasMoreElements(); ) {
                            JarEntry e = es.nextElement();
                            String n = e.getName();
                            if (n.startsWith("queries/") && n.endsWith(".rq") && n.indexOf('/', "queries/".length()) < 0) {
                                try (InputStream in = jar.getInputStream(e)) {
                                    texts.putIfAbsent(n.substring("queries/".length()),
                                            new String(in.readAllBytes(), StandardCharsets.UTF_8));
                                }
                            }
                        }
                    }
                }
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("could not list the example queries: " + e.getMessage(), e);
        }
    }
}
