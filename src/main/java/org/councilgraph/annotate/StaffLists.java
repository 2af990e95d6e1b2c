package org.councilgraph.annotate;

import java.util.Set;
import org.councilgraph.segment.PlausibleNames;
import org.councilgraph.text.PersonName;

/**
 * The name test of the staff layouts, as the name-list grammar asks it. The staff layouts themselves
 * are read by segment ({@link org.councilgraph.segment.Layout#staff()}); this only forwards to
 * {@link PlausibleNames}, and goes once {@link NameLists} asks that directly.
 */
final class StaffLists {
    private StaffLists() {
    }

    /** False for a name that reads as a phrase of ordinary words: see {@link PlausibleNames#plausible}. */
    static boolean plausible(PersonName n, Set<String> lower) {
        return PlausibleNames.plausible(n, lower);
    }
}
