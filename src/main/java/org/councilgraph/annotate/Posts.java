package org.councilgraph.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.councilgraph.annotate.Annotations.PostMention;
import org.councilgraph.text.Span;

/**
 * The grammar of post titles in English local government. A post is a head word for a job
 * (Director, Manager, Officer, Head, Lead, Member, Executive, Adviser, ...) with capitalised
 * modifiers before it ("Senior Governance Officer", "Assessment Team Manager") and perhaps a remit
 * after it ("of Children and Family Services", "for Finance, Corporate and Traded Services",
 * "of Service: Business Services"). A head word on its own ("the Director stated") is a reference to
 * a post, not a post title, and is left for the resolve stage.
 */
public final class Posts {
    /** Job head words; plurals allowed ("Education Officers"). */
    static final String HEAD = "(?:Director|Manager|Officer|Head(?:\\s+Teacher)?|Headteacher|Lead|Leader|Adviser|Advisor|Co-?ordinator|"
            + "Practitioner|Worker|Analyst|Consultant|Partner|Commissioner|Controller|Executive|Secretary|Clerk|Counsel|Solicitor|"
            + "Accountant|Auditor|Engineer|Planner|Inspector|Therapist|Psychologist|Counsellor|Teacher|Governor|Chair|Chairman|"
            + "Chairwoman|Chairperson|Vice-Chair(?:man)?|Mayor|Member|Representative|Champion|Administrator|Supervisor|Specialist|"
            + "Minister|Secretary\\s+of\\s+State|Principal|Treasurer|Registrar|Surveyor|Architect|Ombudsman|Portfolio\\s+Holder)s?";
    /** Modifiers that make a head word a post title even without a remit. */
    private static final String MODIFIER = "(?:[A-Z][A-Za-z'’\\-]*|\\([A-Z]{2,6}\\)|SEND|SENCO|ICT|HR)";
    private static final Pattern POST = Pattern.compile(
            "(?<pre>(?:" + MODIFIER + "\\s+(?:(?:and|&|of|for)\\s+" + MODIFIER + "\\s+)?){0,5})(?<head>" + HEAD + ")\\b"
            + "(?<remit>(?:\\s*,\\s*|\\s+(?:of|for)\\s+(?:the\\s+)?|\\s*:\\s*)(?:[A-Z][A-Za-z'’\\-]*|SEND|ICT)(?:(?:\\s*,\\s*|\\s+(?:and|&|of|for|the|in|on|with|to)\\s+|\\s+)(?:[A-Z][A-Za-z'’\\-]*|\\([A-Z]{2,8}\\)|SEND|ICT|\\d{1,2}\\+?)){0,10})?");
    /** Heads that need a modifier or a remit to be a post; alone they are ordinary words. */
    private static final Pattern WEAK_HEAD = Pattern.compile(
            "(?i)^(?:member|members|lead|leads|leader|partner|partners|head|heads|principal|executive|chair|chairman|chairperson|"
            + "representative|representatives|governor|governors|minister|ministers|mayor|teacher|teachers|worker|workers|officer|officers|"
            + "manager|managers|director|directors|secretary|clerk|counsel|champion|inspector|inspectors|specialist|specialists)$");
    /** Words that cannot begin a post title: they are sentence words caught by the capital rule. */
    private static final Pattern BAD_PRE = Pattern.compile(
            "(?i)^(?:the|a|an|this|that|our|their|its|his|her|each|every|any|all|some|new|former|previous|current|interim\\s+the|"
            + "dear|thanks|thank|meeting|report|minutes|item|agenda|appendix|annex|page|cllr|councillor|mr|mrs|ms|dr|"
            + "january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|"
            + "thursday|friday|saturday|sunday|if|when|where|while|as|at|in|on|by|to|for|from|with|and|or|but|it|there|"
            + "members|committee|commission|cabinet|council|board|panel|he|she|they|we|i)$");
    /** A remit word that ends a post title: what follows is a new clause. */
    private static final Pattern REMIT_STOP = Pattern.compile(
            "(?:\\s*,\\s*|\\s+(?:and|&|of|for|the|in|on|with|to)\\s+|\\s+)(?:The|It|This|He|She|They|We|Members?|Councillors?|Cllr|Mr|Mrs|Ms|Dr|"
            + "January|February|March|April|May|June|July|August|September|October|November|December)\\b.*$");

    private Posts() {
    }

    static List<PostMention> find(String text) {
        List<PostMention> out = new ArrayList<>();
        Matcher m = POST.matcher(text);
        while (m.find()) {
            String pre = m.group("pre").strip();
            // drop sentence words at the front ("The Director of ..." -> "Director of ...")
            String[] words = pre.isEmpty() ? new String[0] : pre.split("\\s+");
            int k = 0;
            while (k < words.length && BAD_PRE.matcher(words[k]).matches()) {
                k++;
            }
            String head = m.group("head");
            String remit = m.group("remit") == null ? "" : m.group("remit");
            remit = REMIT_STOP.matcher(remit).replaceFirst("");
            remit = remit.replaceAll("(?:\\s*,\\s*|\\s+(?:and|&|of|for|the|in|on|with|to))+\\s*$", "");
            if (remit.matches("\\s*,\\s*.*") && remit.split("\\s+").length > 8) {
                remit = ""; // a comma after a post is usually the next clause, not a remit
            }
            StringBuilder label = new StringBuilder();
            for (int i = k; i < words.length; i++) {
                label.append(words[i]).append(' ');
            }
            String preKept = label.toString().strip();
            label.append(head).append(remit);
            String l = label.toString().replaceAll("\\s+", " ").strip();
            boolean weak = WEAK_HEAD.matcher(head).matches();
            if (weak && preKept.isEmpty() && remit.isBlank()) {
                continue;
            }
            if (preKept.isEmpty() && remit.isBlank()) {
                continue;
            }
            if (l.split(" ").length > 16 || l.length() < 5) {
                continue;
            }
            int start = m.start("pre") + offsetOfWord(m.group("pre"), k);
            int end = start + l.length();
            Span span = new Span(start, Math.min(end, m.end()));
            out.add(new PostMention(tidy(l), span, Optional.empty()));
        }
        return out;
    }

    private static int offsetOfWord(String pre, int k) {
        if (k == 0) {
            return 0;
        }
        Matcher w = Pattern.compile("\\S+").matcher(pre);
        int i = 0;
        while (w.find()) {
            if (i++ == k) {
                return w.start();
            }
        }
        return pre.length();
    }

    /** A post label as the graph shows it: spaces folded, trailing punctuation and brackets gone. */
    public static String tidy(String label) {
        String s = label.replaceAll("\\s+", " ").strip();
        s = s.replaceAll("[\\s,;:.\\-–(]+$", "");
        if (s.chars().filter(c -> c == '(').count() > s.chars().filter(c -> c == ')').count()) {
            s = s.substring(0, s.lastIndexOf('(')).strip();
        }
        return s;
    }

    /** True when {@code s} reads as a post title by this grammar (used for roles in lists). */
    public static boolean isPost(String s) {
        String t = tidy(s);
        Matcher m = POST.matcher(t);
        return m.find() && m.start() <= 4 && !t.toLowerCase(Locale.ROOT).matches("(?:chair|vice-chair|member)");
    }
}
