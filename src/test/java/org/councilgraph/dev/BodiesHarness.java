package org.councilgraph.dev;

import com.google.gson.GsonBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.councilgraph.annotate.Annotations;
import org.councilgraph.annotate.Annotator;
import org.councilgraph.annotate.Nlp;
import org.councilgraph.load.Loader;
import org.councilgraph.load.Paper;
import org.councilgraph.resolve.Iris;
import org.councilgraph.resolve.Resolved;
import org.councilgraph.resolve.Resolver;
import org.councilgraph.segment.Layout;
import org.councilgraph.segment.Segmenter;
import org.councilgraph.text.Span;

/**
 * Development aid, not a test: runs load, segment, annotate and resolve on papers and prints the
 * bodies and legislation resolved as JSON (one object per paper), caching CoreNLP's reading of each
 * text under {@code $CG_NLP_CACHE} so rule changes can be measured in seconds.
 */
public final class BodiesHarness {
    public static void main(String[] args) throws Exception {
        Path cache = Path.of(System.getenv().getOrDefault("CG_NLP_CACHE", "/tmp/bodies-nlp"));
        Files.createDirectories(cache);
        List<Object> out = new ArrayList<>();
        for (String a : args) {
            Paper p = Loader.load(Path.of(a));
            Layout l = Segmenter.segment(p);
            Nlp.Result nlp = cached(cache.resolve(p.sha256() + ".txt"), p.text());
            Annotations ann = Annotator.annotate(l, nlp);
            Resolved r = new Resolver(new Iris("http://localhost:3030/")).resolve(ann, Path.of(a).getFileName().toString());
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("doc", Path.of(a).getFileName().toString());
            doc.put("council", r.council().label());
            List<Object> bodies = new ArrayList<>();
            for (Resolved.Body b : r.bodies()) {
                bodies.add(Map.of("iri", b.iri(), "kind", b.kind().name(), "label", b.label(), "alt", List.copyOf(b.altLabels())));
            }
            doc.put("bodies", bodies);
            List<Object> laws = new ArrayList<>();
            for (Resolved.Law x : r.laws()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("iri", x.iri());
                m.put("label", x.label());
                m.put("section", x.section());
                x.partOf().ifPresent(v -> m.put("partOf", v));
                x.number().ifPresent(v -> m.put("number", v));
                x.sameAs().ifPresent(v -> m.put("sameAs", v));
                m.put("kind", x.instrumentKind());
                laws.add(m);
            }
            doc.put("laws", laws);
            List<Object> mentions = new ArrayList<>();
            String text = p.text();
            for (Annotations.BodyMention b : ann.bodies()) {
                mentions.add(Map.of("name", b.name(), "kind", b.kind().name(), "at", b.span().start(),
                        "context", context(text, b.span())));
            }
            doc.put("mentions", mentions);
            List<Object> people = new ArrayList<>();
            for (Annotations.PersonMention m : ann.people()) {
                people.add(Map.of("name", m.name().toString(), "origin", m.origin().name(), "context", context(text, m.span())));
            }
            doc.put("people", people);
            List<Object> posts = new ArrayList<>();
            for (Resolved.Post x : r.posts()) {
                posts.add(Map.of("label", x.label(), "holders", x.holders().stream().map(h -> h.replaceAll(".*/", "")).toList()));
            }
            doc.put("posts", posts);
            List<Object> cites = new ArrayList<>();
            for (Annotations.Citation c : ann.citations()) {
                cites.add(Map.of("title", c.title(), "sections", c.sections(), "kind", c.kind().name(),
                        "context", context(text, c.span())));
            }
            doc.put("citations", cites);
            List<Object> refs = new ArrayList<>();
            r.citations().forEach(c -> refs.add(List.of(c.citer(), c.cited())));
            doc.put("references", refs);
            out.add(doc);
        }
        System.out.println(new GsonBuilder().disableHtmlEscaping().setPrettyPrinting().create().toJson(out));
    }

    private static String context(String text, Span s) {
        int a = Math.max(0, s.start() - 60);
        int b = Math.min(text.length(), s.end() + 60);
        return (text.substring(a, s.start()) + "[[" + text.substring(s.start(), s.end()) + "]]" + text.substring(s.end(), b))
                .replaceAll("\\s+", " ");
    }

    private static Nlp.Result cached(Path file, String text) throws IOException {
        if (Files.exists(file)) {
            List<Span> sentences = new ArrayList<>();
            List<Nlp.Entity> entities = new ArrayList<>();
            int tokens = 0;
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] f = line.split("\t", 5);
                switch (f[0]) {
                    case "T" -> tokens = Integer.parseInt(f[1]);
                    case "S" -> sentences.add(new Span(Integer.parseInt(f[1]), Integer.parseInt(f[2])));
                    case "E" -> entities.add(new Nlp.Entity(f[1], text.substring(Integer.parseInt(f[2]), Integer.parseInt(f[3])),
                            new Span(Integer.parseInt(f[2]), Integer.parseInt(f[3]))));
                    default -> { }
                }
            }
            return new Nlp.Result(sentences, entities, tokens);
        }
        Nlp.Result r = Nlp.forThisThread().analyse(text);
        StringBuilder sb = new StringBuilder("T\t" + r.tokens() + "\n");
        r.sentences().forEach(s -> sb.append("S\t").append(s.start()).append('\t').append(s.end()).append('\n'));
        r.entities().forEach(e -> sb.append("E\t").append(e.type()).append('\t').append(e.span().start()).append('\t')
                .append(e.span().end()).append('\n'));
        Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
        return r;
    }
}
