/**
 * Fetching papers from a council's own site: the ModernGov web service ({@code mgWebService.asmx})
 * walked committee by committee, meeting by meeting, and every document linked from a meeting kept
 * in an archive with a manifest (where it came from, when, its validators and hash). A good citizen
 * of the council's server: one request at a time per host with a delay between them, robots.txt
 * obeyed, Retry-After honoured, conditional requests on a second crawl, files written whole or not
 * at all.
 *
 * <p>May use: the JDK (java.net.http, javax.xml), text. Knows nothing of the stages after load: an
 * archive is a folder of papers and web-service answers that {@code build} reads like any other.
 */
package org.councilgraph.crawl;
