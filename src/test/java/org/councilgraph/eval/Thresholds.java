package org.councilgraph.eval;

/** The extraction quality the issues ask for, which the corpus tests hold the build to. */
final class Thresholds {
    /** Macro-F1 on the three corpus text documents. */
    static final double CORPUS_MACRO_F1 = 0.70;
    /** Macro-F1 on the real/ documents that have gold. */
    static final double REAL_MACRO_F1 = 0.60;

    private Thresholds() {
    }
}
