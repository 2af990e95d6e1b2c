package org.councilgraph.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.councilgraph.text.Span;

/**
 * The CoreNLP pipeline councilgraph runs: tokens, sentences and the three-class (person,
 * organisation, location) CRF named-entity model, without the slow parts that buy nothing here
 * (SUTime, numeric classifiers, fine-grained regexner, POS-dependent annotators). Sentences break at
 * blank lines and full stops, not at every line end, because PDF text wraps mid-sentence.
 *
 * <p>Loading the models takes seconds and hundreds of megabytes, so a process loads one pipeline per
 * worker thread and reuses it for every paper ({@link #forThisThread()}).
 */
public final class Nlp {
    /** A named entity CoreNLP found. */
    public record Entity(String type, String text, Span span) {
    }

    /** What CoreNLP reads from one text: sentence spans and named entities. */
    public record Result(List<Span> sentences, List<Entity> entities, int tokens) {
    }

    private static final ThreadLocal<Nlp> PER_THREAD = ThreadLocal.withInitial(Nlp::new);

    private final StanfordCoreNLP pipeline;

    private Nlp() {
        this.pipeline = new StanfordCoreNLP(properties());
    }

    /** The pipeline of the calling thread, loaded on first use. */
    public static Nlp forThisThread() {
        return PER_THREAD.get();
    }

    /** The properties of councilgraph's pipeline: what runs, and the speed settings. */
    public static Properties properties() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,ner");
        p.setProperty("enforceRequirements", "false");
        p.setProperty("tokenize.language", "en");
        p.setProperty("tokenize.options", "untokenizable=noneDelete,normalizeParentheses=false,normalizeOtherBrackets=false,ptb3Escaping=false,splitHyphenated=false");
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.buildEntityMentions", "true");
        return p;
    }

    /** The default CoreNLP English pipeline of the benchmark baseline, for comparison only. */
    public static Properties baselineProperties() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        return p;
    }

    public Result analyse(String text) {
        CoreDocument doc = new CoreDocument(text);
        pipeline.annotate(doc);
        List<Span> sentences = new ArrayList<>();
        Annotation a = doc.annotation();
        int tokens = a.get(CoreAnnotations.TokensAnnotation.class).size();
        for (CoreMap s : a.get(CoreAnnotations.SentencesAnnotation.class)) {
            sentences.add(new Span(s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                    s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class)));
        }
        List<Entity> entities = new ArrayList<>();
        if (doc.entityMentions() != null) {
            for (CoreEntityMention m : doc.entityMentions()) {
                String type = m.entityType();
                if ("PERSON".equals(type) || "ORGANIZATION".equals(type) || "LOCATION".equals(type)) {
                    entities.add(new Entity(type, m.text(), new Span(m.charOffsets().first(), m.charOffsets().second())));
                }
            }
        }
        return new Result(sentences, entities, tokens);
    }
}
