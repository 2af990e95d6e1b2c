package org.councilgraph.serve;

import java.util.Iterator;
import java.util.Set;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.function.FunctionFactory;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.pfunction.PropertyFunctionFactory;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;

/**
 * The functions a public query may call: ARQ's own, less the {@code <java:...>} IRIs that would load
 * any class on the server's class path by name, with the regular-expression functions called by IRI
 * ({@code fn:matches}, {@code fn:replace} and their sparql: twins) matched in linear time
 * ({@link LinearRegex}), and without {@code apf:strSplit}, which splits with a backtracking pattern.
 * Put in a query's context under {@link ARQConstants#registryFunctions} and
 * {@link ARQConstants#registryPropertyFunctions}.
 */
final class SafeFunctions {
    private static final String JAVA = ARQConstants.javaClassURIScheme;
    private static final Set<String> MATCHES = Set.of("http://www.w3.org/2005/xpath-functions#matches",
            "http://www.w3.org/ns/sparql#regex");
    private static final Set<String> REPLACE = Set.of("http://www.w3.org/2005/xpath-functions#replace",
            "http://www.w3.org/ns/sparql#replace");
    private static final Set<String> REFUSED_PROPERTY_FUNCTIONS = Set.of("http://jena.apache.org/ARQ/property#strSplit",
            "http://jena.hpl.hp.com/ARQ/property#strSplit");

    private SafeFunctions() {
    }

    /** A copy of ARQ's function registry as it stands now, made safe. */
    static FunctionRegistry functions() {
        FunctionRegistry standard = FunctionRegistry.get();
        FunctionRegistry safe = new FunctionRegistry() {
            @Override
            public FunctionFactory get(String uri) {
                return uri.startsWith(JAVA) ? null : super.get(uri);
            }
        };
        for (Iterator<String> it = standard.keys(); it.hasNext(); ) {
            String uri = it.next();
            if (!uri.startsWith(JAVA)) {
                safe.put(uri, standard.get(uri));
            }
        }
        MATCHES.forEach(uri -> safe.put(uri, u -> new LinearRegex.MatchesFunction()));
        REPLACE.forEach(uri -> safe.put(uri, u -> new LinearRegex.ReplaceFunction()));
        return safe;
    }

    /** A copy of ARQ's property-function registry as it stands now, made safe. */
    static PropertyFunctionRegistry propertyFunctions() {
        PropertyFunctionRegistry standard = PropertyFunctionRegistry.get();
        PropertyFunctionRegistry safe = new PropertyFunctionRegistry() {
            @Override
            public boolean manages(String uri) {
                return allowed(uri) && super.manages(uri);
            }

            @Override
            public PropertyFunctionFactory get(String uri) {
                return allowed(uri) ? super.get(uri) : null;
            }
        };
        for (Iterator<String> it = standard.keys(); it.hasNext(); ) {
            String uri = it.next();
            if (allowed(uri)) {
                safe.put(uri, standard.get(uri));
            }
        }
        return safe;
    }

    private static boolean allowed(String uri) {
        return !uri.startsWith(JAVA) && !REFUSED_PROPERTY_FUNCTIONS.contains(uri);
    }
}
