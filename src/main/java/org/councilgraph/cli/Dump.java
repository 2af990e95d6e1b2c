package org.councilgraph.cli;

import java.nio.file.Path;
import org.councilgraph.load.Loader;
import org.councilgraph.load.Paper;

/** Development aid: prints a paper's text as the load stage sees it, with page marks. */
public final class Dump {
    public static void main(String[] args) throws Exception {
        for (String a : args) {
            Paper p = Loader.load(Path.of(a));
            System.out.println("##### " + p.source() + " " + p.format() + " pages=" + p.pages().size());
            if (p.pages().isEmpty()) {
                System.out.print(p.text());
            } else {
                for (Paper.Page pg : p.pages()) {
                    System.out.println("----- page " + pg.number());
                    System.out.print(p.text().substring(pg.start(), pg.end()));
                }
            }
        }
    }
}
