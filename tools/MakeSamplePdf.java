import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Writes the bundled sample report PDF (src/main/resources/samples/riverford-school-place-planning-report.pdf)
 * from the text below: three pages with a running header and page-number footer, as council packs have.
 * Run: java -cp "target/classes:target/lib/*" tools/MakeSamplePdf.java OUT.pdf
 */
public class MakeSamplePdf {
    static final String[][] PAGES = {
        {"RIVERFORD BOROUGH COUNCIL",
         "",
         "CABINET",
         "12 MARCH 2025",
         "",
         "SCHOOL PLACE PLANNING 2025-2030",
         "",
         "REPORT OF THE DIRECTOR OF CHILDREN AND EDUCATION SERVICES",
         "",
         "Purpose of the Report",
         "",
         "1. The purpose of this report is to set out the forecast demand for school places",
         "in Riverford for the years 2025 to 2030.",
         "",
         "Policy Framework and Previous Decisions",
         "",
         "2. Section 14 of the Education Act 1996 requires the Council to secure sufficient",
         "schools for primary and secondary education in its area. The Children and Families",
         "Act 2014 and the Equality Act 2010 (PSED) also apply."},
        {"3. The Pupil Place Planning Service works with the School Admissions Team and with",
         "the Riverford Schools Partnership. The Head of Education Sufficiency reports to the",
         "Director of Children and Education Services.",
         "",
         "4. The Department for Education publishes the school capacity survey each year.",
         "Section 47 of the same Act is not relevant here.",
         "",
         "Resource Implications",
         "",
         "5. The capital programme is set out in Appendix A."},
        {"Officers to Contact",
         "",
         "Dana Okafor",
         "Director of Children and Education Services",
         "Tel: 01632 960 123",
         "Email: dana.okafor@riverford.gov.uk",
         "",
         "Marcus Tilney",
         "Head of Education Sufficiency",
         "Tel: 01632 960 456",
         "Email: marcus.tilney@riverford.gov.uk"}
    };

    public static void main(String[] args) throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int p = 0; p < PAGES.length; p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    List<String> lines = new ArrayList<>();
                    lines.add("Cabinet - 12 March 2025 - School Place Planning");
                    lines.add("");
                    for (String l : PAGES[p]) {
                        lines.add(l);
                    }
                    float y = 800;
                    for (String l : lines) {
                        cs.beginText();
                        cs.setFont(font, 11);
                        cs.newLineAtOffset(60, y);
                        cs.showText(l);
                        cs.endText();
                        y -= 16;
                    }
                    cs.beginText();
                    cs.setFont(font, 9);
                    cs.newLineAtOffset(290, 40);
                    cs.showText("Page " + (p + 1));
                    cs.endText();
                }
            }
            doc.getDocumentInformation().setTitle("School Place Planning 2025-2030");
            doc.save(new File(args[0]));
        }
    }
}
