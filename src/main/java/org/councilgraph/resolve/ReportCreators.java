package org.councilgraph.resolve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilgraph.text.PersonName;
import org.councilgraph.text.PostTitles;
import org.councilgraph.text.Span;

/**
 * Who a report is "of" or "by", as people and posts: "Director of X" is a post; "Ann Westby, Director
 * of X" a person and a post; "A / B" and "Ann Westby and Tom Northby, Heads of Service" two people
 * ({@link ReportAuthors} cuts them apart). Read after the paper's people and posts are settled.
 */
final class ReportCreators {
    /**
     * "Ann Westby, Director of X" / "Ann Westby – Director of X" / "Ann Westby (Director of X)"; a hyphen
     * only with spaces round it, since "Ann Westby-Northby" is one surname.
     */
    private static final Pattern NAME_THEN_POST = Pattern.compile("^(?<name>[^,–(]+?)(?:\\s*(?:,|–|\\()|\\s+-)\\s*(?<post>.+?)\\)?$");
    /** Between two authors the report-author split leaves together: "Mr A Westby & Mr T Northby". */
    private static final Pattern TITLED_AMPERSAND = Pattern.compile("\\s*(?:/|;|\\s&\\s(?=(?:Mr|Mrs|Ms|Dr|Councillor|Cllr)\\b))\\s*");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.,;:]+$");
    private static final Pattern LEADING_ARTICLE = Pattern.compile("(?i)^(?:the|a)\\s+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final PaperEntities out;
    private final PersonClusters people;
    private final PaperPosts posts;

    ReportCreators(PaperEntities out, PersonClusters people, PaperPosts posts) {
        this.out = out;
        this.people = people;
        this.posts = posts;
    }

    /** The IRIs of the people and posts a report's byline names. */
    List<String> of(String byline, Span span) {
        List<String> found = new ArrayList<>();
        for (String part : ReportAuthors.split(byline).stream().flatMap(a -> Arrays.stream(TITLED_AMPERSAND.split(a))).toList()) {
            String p = LEADING_ARTICLE.matcher(TRAILING_PUNCTUATION.matcher(part.strip()).replaceAll("")).replaceFirst("");
            if (!p.isEmpty()) {
                creator(p, span).ifPresent(found::add);
            }
        }
        return found;
    }

    private Optional<String> creator(String p, Span span) {
        Matcher np = NAME_THEN_POST.matcher(p);
        if (np.matches() && PersonName.parse(np.group("name")).filter(PersonName::hasGiven).isPresent()) {
            return Optional.of(nameAndPost(PersonName.parse(np.group("name")).get(), PostTitles.whole(np.group("post")), span));
        }
        Optional<PersonName> name = PersonName.parse(p);
        if (name.isPresent() && name.get().hasGiven()) {
            return Optional.of(people.iriOf(people.readLate(name.get(), span, PersonHint.NONE)));
        }
        Optional<String> runTogether = nameRunIntoPost(p, span);
        if (runTogether.isPresent()) {
            return runTogether;
        }
        return PostTitles.whole(p).map(label -> posts.titleLate(label, out.councilIri, null, span));
    }

    private String nameAndPost(PersonName name, Optional<String> post, Span span) {
        String iri = people.iriOf(people.readLate(name, span, post.map(PersonHint::ofPost).orElse(PersonHint.NONE)));
        post.ifPresent(l -> posts.titleLate(l, out.councilIri, iri, span));
        return iri;
    }

    /** "Ann Westby Director of Place": a name run into a post. */
    private Optional<String> nameRunIntoPost(String p, Span span) {
        String[] words = SPACES.split(p);
        for (int k = 2; k <= Math.min(4, words.length - 1); k++) {
            Optional<PersonName> nm = PersonName.parse(String.join(" ", Arrays.copyOf(words, k)));
            Optional<String> rest = PostTitles.whole(String.join(" ", Arrays.copyOfRange(words, k, words.length)));
            if (nm.isPresent() && nm.get().hasGiven() && rest.isPresent()) {
                return Optional.of(nameAndPost(nm.get(), rest, span));
            }
        }
        return Optional.empty();
    }
}
