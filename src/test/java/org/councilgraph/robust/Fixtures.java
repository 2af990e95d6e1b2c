package org.councilgraph.robust;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.councilgraph.store.GraphStore;

/** Test inputs made on the spot: council-paper text, PDFs of it (plain, encrypted, image-only), store snapshots. */
final class Fixtures {
    private Fixtures() {
    }

    /** The bundled sample minutes, the project's own fictional council. */
    static String sampleMinutes() throws IOException {
        try (InputStream in = Fixtures.class.getResourceAsStream("/samples/riverford-cabinet-2025-03-12-minutes.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** {@code text} as a PDF with a text layer, wrapped at 90 characters, 50 lines a page. */
    static byte[] textPdf(String text) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String l : text.split("\n", -1)) {
            while (l.length() > 90) {
                int cut = l.lastIndexOf(' ', 90);
                cut = cut <= 0 ? 90 : cut;
                lines.add(l.substring(0, cut));
                l = l.substring(cut).stripLeading();
            }
            lines.add(l);
        }
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int start = 0; start < lines.size(); start += 50) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(font, 10);
                    cs.setLeading(14);
                    cs.newLineAtOffset(50, 800);
                    for (String l : lines.subList(start, Math.min(lines.size(), start + 50))) {
                        cs.showText(l);
                        cs.newLine();
                    }
                    cs.endText();
                }
            }
            return save(doc);
        }
    }

    /** {@code pdf} encrypted (AES-128); {@code userPassword} "" opens for anyone, as many published PDFs do. */
    static byte[] encrypt(byte[] pdf, String userPassword) throws IOException {
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            AccessPermission ap = new AccessPermission();
            ap.setCanModify(false);
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", userPassword, ap);
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            return save(doc);
        }
    }

    /** A scanned paper: two pages of pictures and no text layer. */
    static byte[] imageOnlyPdf() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            for (int p = 0; p < 2; p++) {
                BufferedImage img = new BufferedImage(300, 400, BufferedImage.TYPE_INT_RGB);
                Graphics2D g = img.createGraphics();
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, 300, 400);
                g.setColor(Color.BLACK);
                for (int y = 20; y < 380; y += 12) {
                    g.fillRect(20, y, 200 + (y * 7) % 60, 6); // lines of "print"
                }
                g.dispose();
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                PDImageXObject x = LosslessFactory.createFromImage(doc, img);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.drawImage(x, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                }
            }
            return save(doc);
        }
    }

    private static byte[] save(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }

    /** A copy of one named graph, to compare after the store has been through something. */
    static Graph snapshot(GraphStore store, String graphIri) {
        Node g = NodeFactory.createURI(graphIri);
        Graph copy = GraphFactory.createDefaultGraph();
        Txn.executeRead(store.dataset(), () -> store.datasetGraph().getGraph(g).find().forEachRemaining(copy::add));
        return copy;
    }

    /** Every literal's lexical form in a graph, joined: for "is this text in there" checks. */
    static String literals(Graph g) {
        StringBuilder b = new StringBuilder();
        g.find().forEachRemaining(t -> {
            if (t.getObject().isLiteral()) {
                b.append(t.getObject().getLiteralLexicalForm()).append('\n');
            }
        });
        return b.toString();
    }
}
