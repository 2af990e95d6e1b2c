package org.councilgraph.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The schema.org terms councilgraph uses, in the {@code http://schema.org/} form the graph contract
 * names (Jena's own {@code SchemaDO} uses the https form).
 */
public final class Schema {
    public static final String NS = "http://schema.org/";

    public static final Resource Event = ResourceFactory.createResource(NS + "Event");
    public static final Resource Place = ResourceFactory.createResource(NS + "Place");
    public static final Resource GovernmentOrganization = ResourceFactory.createResource(NS + "GovernmentOrganization");
    /** What became of an event that was not held as planned; values {@link #EventCancelled}, {@link #EventPostponed}. */
    public static final Property eventStatus = ResourceFactory.createProperty(NS, "eventStatus");
    public static final Resource EventCancelled = ResourceFactory.createResource(NS + "EventCancelled");
    public static final Resource EventPostponed = ResourceFactory.createResource(NS + "EventPostponed");
    public static final Property startDate = ResourceFactory.createProperty(NS, "startDate");
    public static final Property endDate = ResourceFactory.createProperty(NS, "endDate");
    public static final Property location = ResourceFactory.createProperty(NS, "location");
    public static final Property name = ResourceFactory.createProperty(NS, "name");
    public static final Property attendee = ResourceFactory.createProperty(NS, "attendee");
    public static final Property email = ResourceFactory.createProperty(NS, "email");
    public static final Property telephone = ResourceFactory.createProperty(NS, "telephone");

    private Schema() {
    }
}
