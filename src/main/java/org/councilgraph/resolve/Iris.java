package org.councilgraph.resolve;

import java.time.LocalDate;
import org.councilgraph.text.Slugs;

/**
 * The IRI scheme: everything under {@code BASE/id/TYPE/...}, built only from what the papers say
 * (names, dates, numbers), never from the order things were read in, so the same input always
 * gives the same IRIs. People, posts, committees and services are scoped by council: two councils'
 * officers with the same name are two people.
 */
public final class Iris {
    /** Where the ONS names a statistical geography (a council's area) by its GSS code: {@code E10000018}. */
    public static final String STATISTICAL_GEOGRAPHY = "http://statistics.data.gov.uk/id/statistical-geography/";

    private final String base;

    public Iris(String base) {
        this.base = base.endsWith("/") ? base : base + "/";
    }

    public String base() {
        return base;
    }

    /** The ONS statistical geography of a GSS code: the area a council of the register governs. */
    public static String statisticalGeography(String gss) {
        return STATISTICAL_GEOGRAPHY + gss.strip();
    }

    public String council(String name) {
        return base + "id/council/" + Slugs.slug(name);
    }

    public String committee(String councilSlug, String name) {
        return base + "id/committee/" + councilSlug + "/" + Slugs.slug(name);
    }

    public String person(String councilSlug, String key) {
        return base + "id/person/" + councilSlug + "/" + Slugs.slug(key);
    }

    public String post(String councilSlug, String label) {
        return base + "id/post/" + councilSlug + "/" + Slugs.slug(label);
    }

    public String committeePost(String committeeIri, String role) {
        return committeeIri.replace("/id/committee/", "/id/post/") + "/" + Slugs.slug(role);
    }

    public String role(String label) {
        return base + "id/role/" + Slugs.slug(label);
    }

    public String membership(String committeeIri, String personIri, String role) {
        return committeeIri.replace("/id/committee/", "/id/membership/") + "/"
                + personIri.substring(personIri.lastIndexOf('/') + 1) + "-" + Slugs.slug(role);
    }

    public String meeting(String committeeIri, LocalDate date) {
        return committeeIri.replace("/id/committee/", "/id/meeting/") + "/" + date;
    }

    public String item(String meetingIri, String numberOrTitle) {
        return meetingIri.replace("/id/meeting/", "/id/item/") + "/" + Slugs.slug(numberOrTitle);
    }

    /**
     * A resolution as one paper records it. Minutes and the web page of the same meeting word their
     * resolutions differently (one truncates, one numbers them): each record is its own node, both
     * under the same agenda item, each with its own provenance.
     */
    public String resolution(String itemIri, String documentIri, int n) {
        return itemIri.replace("/id/item/", "/id/resolution/") + "/" + documentIri.substring(documentIri.lastIndexOf('/') + 1)
                + "/" + n;
    }

    /** A point of a decision a record sets out under no item: numbered within its paper. */
    public String recordedResolution(String councilSlug, String documentIri, int n) {
        return base + "id/resolution/" + councilSlug + "/record/" + documentIri.substring(documentIri.lastIndexOf('/') + 1) + "/" + n;
    }

    public String declaration(String meetingIri, String personIri, int n) {
        return meetingIri.replace("/id/meeting/", "/id/declaration/") + "/"
                + personIri.substring(personIri.lastIndexOf('/') + 1) + "-" + n;
    }

    public String report(String councilSlug, String title) {
        return base + "id/report/" + councilSlug + "/" + Slugs.slug(title);
    }

    public String service(String councilSlug, String name) {
        return base + "id/service/" + councilSlug + "/" + Slugs.slug(name);
    }

    public String organisation(String name) {
        return base + "id/organisation/" + Slugs.slug(name);
    }

    public String place(String name) {
        return base + "id/place/" + Slugs.slug(name);
    }

    public String legislation(String key) {
        return base + "id/legislation/" + Slugs.slug(key);
    }

    public String section(String lawIri, String number) {
        return lawIri + "/section/" + Slugs.slug(number);
    }

    public String document(String key) {
        return base + "id/document/" + Slugs.slug(key);
    }

    public String graph(String key) {
        return base + "graph/" + Slugs.slug(key);
    }

    public String mention(String documentIri, int n) {
        return documentIri.replace("/id/document/", "/id/mention/") + "/" + n;
    }

    /** The IRI of the named graph holding the ontology. */
    public String ontologyGraph() {
        return base + "graph/ontology";
    }
}
