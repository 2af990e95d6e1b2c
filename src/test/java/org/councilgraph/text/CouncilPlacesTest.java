package org.councilgraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** One table of council kinds gives every stage a council's place and initials. */
class CouncilPlacesTest {
    @Test
    void thePlaceOfEveryKindOfCouncil() {
        assertEquals("Northby", CouncilPlaces.place("Northby County Council"));
        assertEquals("Northby", CouncilPlaces.place("Northby Metropolitan Borough Council"));
        assertEquals("Eastby upon Avon", CouncilPlaces.place("Royal Borough of Eastby upon Avon"));
        assertEquals("Westby", CouncilPlaces.place("City of Westby Council"));
        assertEquals("West of Northby", CouncilPlaces.place("West of Northby Mayoral Combined Authority"));
        assertEquals("Westby", CouncilPlaces.place("Westby Parish Council"));
        assertEquals("Westby and Northby", CouncilPlaces.place("Westby and Northby Community Council"));
        assertEquals("Northby", CouncilPlaces.place("Northby Council"));
        assertNull(CouncilPlaces.place(null));
    }

    @Test
    void initials() {
        assertEquals("NCC", CouncilPlaces.initials("Northby County Council"));
        assertEquals("WNCA", CouncilPlaces.initials("West of Northby Combined Authority"));
    }
}
