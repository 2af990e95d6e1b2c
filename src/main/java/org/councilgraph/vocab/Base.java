package org.councilgraph.vocab;

/** Where minted IRIs live when no base is given: the address {@code serve} answers on by default. */
public final class Base {
    /** The default base of minted IRIs. */
    public static final String DEFAULT_BASE = "http://localhost:3030/";

    private Base() {
    }
}
