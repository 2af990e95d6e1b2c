package org.councilgraph.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.EntityMentionsAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.PropertiesUtils;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.councilgraph.segment.PlausibleNames;
import org.councilgraph.text.Span;

/**
 * The CoreNLP pipeline councilgraph runs: tokens, sentences and the three-class (person,
 * organisation, location) CRF named-entity model, without the slow parts that buy nothing here
 * (SUTime, numeric classifiers, fine-grained regexner, POS-dependent annotators). Sentences break at
 * blank lines and full stops, not at every line end, because PDF text wraps mid-sentence.
 *
 * <p>The model reads each sentence on its own, so it is asked only about the sentences where it could
 * find a name ({@link #worthModelling}), and once per wording: a long officer report is about a third
 * prose without a capital, and papers repeat their headers, footers and standing wording. The others
 * get "no entity", or the model's answer for their first copy, and the entity mentions are then built
 * over all sentences as CoreNLP builds them. The one thing this can lose is the model taking an
 * ordinary word of the paper for a name at the start of a sentence with no other capital ("Committee
 * noted the plan"): once in the 7,021 names of the corpus's 79 real and wild papers ({@code NlpCorpusIT}).
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

    private static final String ENTITY_MENTIONS = "ner.entitymentions";

    private final StanfordCoreNLP sentences;
    private final StanfordCoreNLP model;
    private final EntityMentionsAnnotator mentions;

    private Nlp() {
        Properties all = properties();
        Properties split = new Properties();
        split.putAll(all);
        split.setProperty("annotators", "tokenize,ssplit");
        this.sentences = new StanfordCoreNLP(split);
        Properties ner = new Properties();
        ner.putAll(all);
        ner.setProperty("annotators", "ner");
        ner.setProperty("ner.buildEntityMentions", "false");
        this.model = new StanfordCoreNLP(ner);
        // as the ner annotator builds its own
        this.mentions = new EntityMentionsAnnotator(ENTITY_MENTIONS,
                PropertiesUtils.extractPrefixedProperties(all, ENTITY_MENTIONS + ".", true));
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
        Annotation a = new Annotation(text);
        sentences.annotate(a);
        List<CoreLabel> tokens = a.get(CoreAnnotations.TokensAnnotation.class);
        List<CoreMap> all = a.get(CoreAnnotations.SentencesAnnotation.class);
        // each sentence worth asking about, once per wording; a repeated one to the first of its wording
        Set<String> lowerWords = PlausibleNames.lowerCaseWords(text);
        List<CoreMap> asked = new ArrayList<>();
        Map<List<String>, CoreMap> firstCopy = new HashMap<>();
        Map<CoreMap, CoreMap> copies = new IdentityHashMap<>();
        for (CoreMap s : all) {
            List<CoreLabel> words = s.get(CoreAnnotations.TokensAnnotation.class);
            if (worthModelling(words, lowerWords)) {
                CoreMap first = firstCopy.putIfAbsent(words.stream().map(CoreLabel::word).toList(), s);
                if (first == null) {
                    asked.add(s);
                } else {
                    copies.put(s, first);
                }
            }
        }
        ask(text, asked);
        for (CoreMap s : all) {
            tagUnasked(s.get(CoreAnnotations.TokensAnnotation.class), copies.get(s));
        }
        mentions.annotate(a);
        return read(a, tokens.size());
    }

    /** The model's tags on the tokens of {@code asked}, as if it had read the text of only those sentences. */
    private void ask(String text, List<CoreMap> asked) {
        if (asked.isEmpty()) {
            return;
        }
        Annotation view = new Annotation(text);
        view.set(CoreAnnotations.SentencesAnnotation.class, asked);
        List<CoreLabel> askedTokens = new ArrayList<>();
        asked.forEach(s -> askedTokens.addAll(s.get(CoreAnnotations.TokensAnnotation.class)));
        view.set(CoreAnnotations.TokensAnnotation.class, askedTokens);
        model.annotate(view);
    }

    /** A sentence the model was not asked about: the tags of its first copy, else no entity. */
    private static void tagUnasked(List<CoreLabel> words, CoreMap firstCopy) {
        for (int i = 0; i < words.size(); i++) {
            CoreLabel to = words.get(i);
            if (firstCopy != null) {
                CoreLabel from = firstCopy.get(CoreAnnotations.TokensAnnotation.class).get(i);
                to.setNER(from.ner());
                to.set(CoreAnnotations.CoarseNamedEntityTagAnnotation.class, from.get(CoreAnnotations.CoarseNamedEntityTagAnnotation.class));
                to.set(CoreAnnotations.NamedEntityTagProbsAnnotation.class, from.get(CoreAnnotations.NamedEntityTagProbsAnnotation.class));
            } else if (to.ner() == null) {
                to.setNER(BACKGROUND);
                to.set(CoreAnnotations.CoarseNamedEntityTagAnnotation.class, BACKGROUND);
                // the mention builder reads every token's probabilities
                to.set(CoreAnnotations.NamedEntityTagProbsAnnotation.class, new HashMap<>(Map.of(BACKGROUND, -1.0)));
            }
        }
    }

    /** Sentence spans and the person, organisation and place mentions of an annotated text. */
    private static Result read(Annotation a, int tokens) {
        List<Span> spans = new ArrayList<>();
        for (CoreMap s : a.get(CoreAnnotations.SentencesAnnotation.class)) {
            spans.add(new Span(s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                    s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class)));
        }
        List<Entity> entities = new ArrayList<>();
        for (CoreMap m : a.get(CoreAnnotations.MentionsAnnotation.class)) {
            String type = m.get(CoreAnnotations.EntityTypeAnnotation.class);
            if ("PERSON".equals(type) || "ORGANIZATION".equals(type) || "LOCATION".equals(type)) {
                entities.add(new Entity(type, m.get(CoreAnnotations.TextAnnotation.class),
                        new Span(m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                                m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class))));
            }
        }
        return new Result(spans, entities, tokens);
    }

    private static final String BACKGROUND = "O";

    /**
     * Whether the model could find a name in a sentence: some word bears a capital, other than a
     * sentence's first word that the paper also prints in lower case ("The", "It", "Members"; the words of
     * {@link PlausibleNames#lowerCaseWords}).
     * A name the paper never writes small ("Westby has ...") still counts at the start.
     */
    static boolean worthModelling(List<CoreLabel> words, Set<String> lowerWords) {
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i).word();
            if (hasCapital(w) && (i > 0 || !lowerWords.contains(w.toLowerCase(Locale.ROOT)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasCapital(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (Character.isUpperCase(w.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
