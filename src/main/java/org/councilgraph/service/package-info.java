/**
 * A council's web service answers ({@code GetCommittees}, {@code GetMeetings}, {@code GetMeeting} of
 * ModernGov's {@code mgWebService.asmx}, kept in a crawl's archive) read as structured facts: committees,
 * meetings with their day, time, venue and status, items with their numbers and titles, the documents
 * attached to them, and attendees with their role, party, ward and attendance.
 *
 * <p>Why a reader of its own and not a side channel of RDF: the answers state as fields what the text
 * stages find in prose, so they skip segment and annotate, but nothing else. {@link
 * org.councilgraph.service.ServiceReader} is their load stage (bytes to a {@link
 * org.councilgraph.service.ServiceAnswer}, a record with the answer's text as a paper and the span each
 * value is printed at); {@code resolve.ServiceResolver} mints the IRIs with the same accumulator and IRI
 * scheme as a paper's facts (so a meeting the web service lists and the printed minutes of it are one
 * node: the same committee key and day), and the emit stage writes the usual {@code Resolved} record,
 * provenance included. A bad answer raises a {@link org.councilgraph.load.PaperException} naming the file
 * and the reason, as any paper does.
 *
 * <p>May use: load (the paper record, errors), crawl (its safe XML parser of the service's answers), text,
 * the JDK. Never resolve, emit or anything after.
 */
package org.councilgraph.service;
