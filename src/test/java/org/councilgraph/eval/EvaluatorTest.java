package org.councilgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonBuilder;
import org.apache.jena.atlas.json.JsonValue;
import org.councilgraph.Corpus;
import org.councilgraph.eval.Category.Found;
import org.junit.jupiter.api.Test;

/**
 * The scorer's rules on hand-made cases, and its text rules and number printing checked value by
 * value against the functions of the independent scorer itself (skipped without ../shared or python3).
 * The whole scorer against score.py on built stores is {@link EvaluatorIT}.
 */
class EvaluatorTest {
    private static Category category(String name) {
        return Category.ALL.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    private static Found found(Map<String, Set<String>> values) {
        return new Found(values);
    }

    @Test
    void peopleMatchOnTheirKeyOrOnSurnameAndFirstInitial() {
        assertTrue(Matching.samePerson(List.of("M. Westby", "Mr. M. Westby CC"), List.of("Councillor M. Westby")));
        assertTrue(Matching.samePerson(List.of("Mary Westby"), List.of("M Westby")), "surname and first initial");
        assertFalse(Matching.samePerson(List.of("Jane Northby"), List.of("Lynn Northby")));
        assertFalse(Matching.samePerson(List.of("Westby"), List.of("Mary Westby")), "a surname alone is no initial");
        assertEquals("mary westby", Matching.personKey("Cllr Dr Mary WESTBY"));
    }

    @Test
    void titlesMatchOnTheShareOfWordsInCommon() {
        assertTrue(Matching.similar("Director of Children's Services", "Director of Children’s Services", 0.75));
        assertTrue(Matching.similar("Riverford Highways Service", "Highways Service", 2.0 / 3), "two words of three");
        assertFalse(Matching.similar("Riverford Highways Service", "Highways Service", 0.7));
        assertFalse(Matching.similar("", "", 0.0), "nothing is like nothing");
        assertEquals("children s social care", Matching.norm("Children`s Social-Care"));
    }

    @Test
    void goldInAttendanceMatchesAnAttendeeAsPresentDoes() {
        Category.Rule attendance = category("attendance").rule();
        Found officer = found(Map.of("status", Set.of("present"), "d", Set.of("2025-03-12T10:00:00"),
                "n", Set.of("Tom Northby")));
        assertTrue(attendance.matches(Map.of("meeting_date", "2025-03-12", "person", "Mr T. Northby", "status", "in attendance"),
                officer));
        assertTrue(attendance.matches(Map.of("meeting_date", "2025-03-12", "person", "Tom Northby", "status", "present"), officer));
        assertFalse(attendance.matches(Map.of("meeting_date", "2025-03-12", "person", "Tom Northby", "status", "apologies"), officer));
        assertFalse(attendance.matches(Map.of("meeting_date", "2025-03-13", "person", "Tom Northby", "status", "present"), officer));
    }

    @Test
    void agendaItemsMatchOnTheDayAndTheirNumberOrTitle() {
        Category.Rule item = category("agenda_items").rule();
        Found undated = found(Map.of("n", Set.of("Minutes"), "num", Set.of("5")));
        Map<String, Object> numbered = new LinkedHashMap<>(Map.of("meeting_date", "2025-03-12", "number", "5",
                "title", "Riverford Bridge repairs"));
        assertTrue(item.matches(numbered, undated), "a found item with no date is taken to be on the gold item's day");
        numbered.put("number", 5L);
        assertFalse(item.matches(numbered, undated), "a JSON number is never among the found strings, as in Python");
        Found dated = found(Map.of("n", Set.of("Riverford Bridge Repairs"), "d", Set.of("2025-03-12")));
        assertTrue(item.matches(numbered, dated), "the title, when the number does not decide");
        numbered.put("meeting_date", "2025-03-11");
        assertFalse(item.matches(numbered, dated));
    }

    @Test
    void numbersPrintAsPythonPrintsThem() {
        assertEquals("0.062", Matching.fixed3(1.0 / 16), "an exact tie rounds to even");
        assertEquals("0.938", Matching.fixed3(15.0 / 16));
        assertEquals("1.000", Matching.fixed3(1.0));
        assertEquals("0.667", Matching.fixed3(2.0 / 3));
    }

    /** Strings where a loose copy of the rules would part from Python: Unicode spaces, marks, numbers, case. */
    private static final List<String> AWKWARD = List.of("Cllr Mary Westby", "M. Westby", "Dr. Tom O’Neill", "Director of Children’s Services",
            "tab\there", "no\u00a0break", "line\u2028separator", "unit\u001fseparator", "ﬁnance", "Ⅻ plan", "½ share", "e\u0301te",
            "q\u0307x", "zero\u200bwidth", "snake_case", "tie\u203fbar", "İstanbul", "ΣΑΣ", "rock’n’roll", "Westby—Northby",
            "Section 5(2)(a)", "x² y³", "٣ items", "👍 agreed", "𝐀𝐁 Westby", "𐐀lan Westby", "  leading and trailing  ", "",
            "Prof. Sir Riverford-Smith");

    @Test
    void textRulesAgreeWithTheIndependentScorersOwnFunctions() throws Exception {
        Path score = Corpus.shared().resolve("eval/score.py");
        assumeTrue(Files.exists(score), "no eval/score.py in ../shared");
        JsonBuilder cases = new JsonBuilder().startArray();
        for (String a : AWKWARD) {
            for (String b : List.of("Mary Westby", "Westby Northby", "𐐨 Westby", "rock n roll")) {
                cases.startArray().value(a).value(b).finishArray();
            }
        }
        JsonBuilder numbers = new JsonBuilder().startArray();
        List<Double> xs = List.of(1.0 / 16, 3.0 / 16, 0.0005, 1.0005, 2.0 / 3, 0.8125, 0.9995, 37.0 / 41, 1.0, 0.0);
        xs.forEach(x -> numbers.value(x));
        String program = """
                import importlib.util, json, sys
                spec = importlib.util.spec_from_file_location("score", sys.argv[1])
                s = importlib.util.module_from_spec(spec); spec.loader.exec_module(s)
                data = json.load(sys.stdin)
                print(json.dumps({
                    "text": [[s.norm(a), s.person_key(a), s.similar(a, b, 0.5), s.same_person([a], [b])] for a, b in data["cases"]],
                    "numbers": [f"{x:.3f}" for x in data["numbers"]]}))
                """;
        String input = "{\"cases\": " + JSON.toStringFlat(cases.finishArray().build()) + ", \"numbers\": "
                + JSON.toStringFlat(numbers.finishArray().build()) + "}";
        JsonValue out = JSON.parseAny(python(program, score, input));

        JsonArray text = out.getAsObject().get("text").getAsArray();
        int i = 0;
        for (String a : AWKWARD) {
            for (String b : List.of("Mary Westby", "Westby Northby", "𐐨 Westby", "rock n roll")) {
                JsonArray py = text.get(i++).getAsArray();
                String what = "'" + a + "' / '" + b + "'";
                assertEquals(py.get(0).getAsString().value(), Matching.norm(a), "norm " + what);
                assertEquals(py.get(1).getAsString().value(), Matching.personKey(a), "person_key " + what);
                assertEquals(py.get(2).getAsBoolean().value(), Matching.similar(a, b, 0.5), "similar " + what);
                assertEquals(py.get(3).getAsBoolean().value(), Matching.samePerson(List.of(a), List.of(b)), "same_person " + what);
            }
        }
        JsonArray printed = out.getAsObject().get("numbers").getAsArray();
        for (int k = 0; k < xs.size(); k++) {
            assertEquals(printed.get(k).getAsString().value(), Matching.fixed3(xs.get(k)), "printing " + xs.get(k));
        }
    }

    /** Runs a Python program with {@code arg}, feeding it {@code input}; skips the test without python3. */
    private static String python(String program, Path arg, String input) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("python3", "-c", program, arg.toString()));
        Process p;
        try {
            p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        } catch (IOException e) {
            assumeTrue(false, "no python3: " + e.getMessage());
            throw e;
        }
        try (OutputStream in = p.getOutputStream()) {
            in.write(input.getBytes(StandardCharsets.UTF_8));
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), "python3 failed; it printed: " + out);
        return out;
    }
}
