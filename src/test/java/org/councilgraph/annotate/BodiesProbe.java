package org.councilgraph.annotate;

/** Development aid: prints the body mentions the rules read in a string (args: council, text). */
public final class BodiesProbe {
    public static void main(String[] args) {
        String text = args[1].replace("\\n", "\n").replace("\\t", "\t");
        System.out.println(Layouts.flatten(text));
        for (Annotations.BodyMention b : Bodies.find(text, args[0], java.util.List.of(), Posts.find(text), java.util.List.of())) {
            System.out.println(b.kind() + " [" + b.name() + "] printed=[" + b.printed() + "]");
        }
        Posts.find(text).forEach(p -> System.out.println("POST " + p.label()));
    }
}
