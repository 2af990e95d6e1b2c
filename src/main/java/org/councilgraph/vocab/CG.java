package org.councilgraph.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The councilgraph vocabulary, {@code https://w3id.org/councilgraph/def#}: the terms no standard
 * vocabulary has. Each is declared, labelled and linked to ORG, FOAF, schema.org, Dublin Core or
 * PROV in {@code ontology/councilgraph.ttl}.
 */
public final class CG {
    public static final String NS = "https://w3id.org/councilgraph/def#";

    public static String getURI() {
        return NS;
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS, local);
    }

    // classes
    public static final Resource Council = resource("Council");
    public static final Resource Committee = resource("Committee");
    public static final Resource Councillor = resource("Councillor");
    public static final Resource Officer = resource("Officer");
    public static final Resource CoOptedMember = resource("CoOptedMember");
    public static final Resource Meeting = resource("Meeting");
    public static final Resource AgendaItem = resource("AgendaItem");
    public static final Resource Report = resource("Report");
    public static final Resource Resolution = resource("Resolution");
    public static final Resource DeclarationOfInterest = resource("DeclarationOfInterest");
    public static final Resource Legislation = resource("Legislation");
    public static final Resource LegislationSection = resource("LegislationSection");
    public static final Resource Service = resource("Service");
    public static final Resource SourceDocument = resource("SourceDocument");
    public static final Resource Mention = resource("Mention");
    public static final Resource PostHolding = resource("PostHolding");

    // meetings and business
    public static final Property committee = property("committee");
    public static final Property apologiesFrom = property("apologiesFrom");
    public static final Property absent = property("absent");
    public static final Property chairedBy = property("chairedBy");
    public static final Property meeting = property("meeting");
    public static final Property itemNumber = property("itemNumber");
    public static final Property agendaItem = property("agendaItem");
    public static final Property contactOfficer = property("contactOfficer");
    public static final Property consideredAt = property("consideredAt");
    public static final Property declaredBy = property("declaredBy");
    public static final Property substituteFor = property("substituteFor");
    public static final Property inAttendance = property("inAttendance");

    // councillors, as a council's web service states them
    public static final Property party = property("party");
    public static final Property ward = property("ward");

    // legislation
    public static final Property sectionNumber = property("sectionNumber");
    public static final Property year = property("year");
    public static final Property chapter = property("chapter");
    public static final Property instrumentKind = property("instrumentKind");

    // posts held over time
    public static final Property holder = property("holder");
    public static final Property post = property("post");
    public static final Property observedOn = property("observedOn");

    // provenance
    public static final Property mentionOf = property("mentionOf");
    public static final Property statesProperty = property("statesProperty");
    public static final Property statesValue = property("statesValue");
    public static final Property page = property("page");
    public static final Property startOffset = property("startOffset");
    public static final Property endOffset = property("endOffset");
    public static final Property quote = property("quote");
    public static final Property sha256 = property("sha256");
    public static final Property council = property("council");

    private CG() {
    }
}
