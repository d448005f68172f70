package org.evidencekit.redact;

import org.evidencekit.model.testing.Soffice;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationText;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;

/**
 * The proof documents: planted.fodt (an invented report with personal details in every place the
 * issue lists) converted by LibreOffice into DOCX and PDF, and the PDF given what LibreOffice does
 * not write (XMP, an attachment, JavaScript, a form field, annotations) and an earlier revision
 * holding a name that the last revision no longer shows.
 */
final class Fixtures {
  /** Every planted value, as a person would search for it. */
  static final List<String> PLANTED = List.of(
      "Vexley", "Okafor", "Sandhu", "Fothergill", "Blackwood", "Kettleworth", "Whitfield",
      "Pennywhistle", "Marchbanks", "Ashdown", "Fairweather", "Haverford", "Adebayo", "Cromwell",
      "07700 900123", "07700 900456", "943 476 5919", "LS6 2QT", "Acacia Avenue");

  /** Planted only in the PDF by {@link #plantPdf}. */
  static final List<String> PLANTED_PDF = List.of("Farquharson", "Pemberton", "Wolstenholme", "07700 900789");

  /** Text that is not personal and must stay (compared in the extracted text). */
  static final List<String> KEPT = List.of(
      "The outreach project worked with young people across the district during 2011 and met every fortnight.",
      "The family asked for support with housing.",
      "Outcomes improved after the second term of the programme, and attendance rose by a third.",
      "kept the attendance records.",
      "Staff kept notes in a locked cabinet.",
      "in the community centre on Tuesdays.",
      "We recommend that the programme continues for another two years.");

  private Fixtures() {}

  static Path dir() throws IOException {
    return Files.createDirectories(Path.of("target", "redact-proof"));
  }

  /** planted.fodt converted by LibreOffice into {@code extension} ("docx" or "pdf"). */
  static Path converted(String extension) throws IOException, InterruptedException {
    Path dir = dir();
    Path out = dir.resolve("planted." + extension);
    if (!Files.exists(out)) {
      Path fodt = dir.resolve("planted.fodt");
      try (InputStream in = Fixtures.class.getResourceAsStream("planted.fodt")) {
        Files.write(fodt, in.readAllBytes());
      }
      Soffice.convert(extension, dir, dir.resolve("profile"), List.of(fodt));
    }
    return out;
  }

  /** LibreOffice's PDF with hidden data added, then an incremental update that hides a name. */
  static byte[] plantPdf(byte[] pdf) throws IOException {
    byte[] rev1;
    try (PDDocument d = Loader.loadPDF(pdf)) {
      PDPage page = d.getPage(0);
      PDDocumentInformation info = d.getDocumentInformation();
      info.setAuthor("Hortensia Vexley");
      info.setKeywords("Tyrone Whitfield, Acacia Avenue");
      String xmp = "<?xpacket begin=\"\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?><x:xmpmeta xmlns:x=\"adobe:ns:meta/\">"
          + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"><rdf:Description rdf:about=\"\""
          + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:creator><rdf:Seq><rdf:li>Hortensia Vexley</rdf:li>"
          + "</rdf:Seq></dc:creator></rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end=\"w\"?>";
      PDMetadata md = new PDMetadata(d, new ByteArrayInputStream(xmp.getBytes(StandardCharsets.UTF_8)));
      d.getDocumentCatalog().setMetadata(md);

      PDEmbeddedFile ef = new PDEmbeddedFile(d, new ByteArrayInputStream(
          "Notes: Zenobia Farquharson, 07700 900789".getBytes(StandardCharsets.UTF_8)));
      ef.setSubtype("text/plain");
      PDComplexFileSpecification fs = new PDComplexFileSpecification();
      fs.setFile("notes.txt");
      fs.setEmbeddedFile(ef);
      PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
      tree.setNames(Map.of("notes.txt", fs));
      PDDocumentNameDictionary names = new PDDocumentNameDictionary(d.getDocumentCatalog());
      names.setEmbeddedFiles(tree);
      d.getDocumentCatalog().setNames(names);
      d.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('Zenobia Farquharson');"));

      PDAcroForm form = new PDAcroForm(d);
      d.getDocumentCatalog().setAcroForm(form);
      PDResources dr = new PDResources();
      dr.put(COSName.HELV, new PDType1Font(Standard14Fonts.FontName.HELVETICA));
      form.setDefaultResources(dr);
      form.setDefaultAppearance("/Helv 10 Tf 0 g");
      PDTextField field = new PDTextField(form);
      field.setPartialName("child");
      PDAnnotationWidget widget = field.getWidgets().get(0);
      widget.setRectangle(new PDRectangle(50, 40, 200, 18));
      widget.setPage(page);
      page.getAnnotations().add(widget);
      form.getFields().add(field);
      field.setValue("Octavia Pemberton");

      PDAnnotationText note = new PDAnnotationText();
      note.setRectangle(new PDRectangle(500, 700, 20, 20));
      note.setTitlePopup("Cressida Blackwood");
      note.setContents("Ask Mr Ambrose Kettleworth");
      page.getAnnotations().add(note);
      PDAnnotationText old = new PDAnnotationText();
      old.setRectangle(new PDRectangle(500, 650, 20, 20));
      old.setContents("Mr Barnaby Wolstenholme called about the referral");
      page.getAnnotations().add(old);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      d.save(out, CompressParameters.NO_COMPRESSION);
      rev1 = out.toByteArray();
    }
    try (PDDocument d = Loader.loadPDF(rev1)) {
      PDPage page = d.getPage(0);
      COSArray annots = page.getCOSObject().getCOSArray(COSName.ANNOTS);
      annots.remove(annots.size() - 1);
      annots.setNeedToBeUpdated(true);
      page.getCOSObject().setNeedToBeUpdated(true);
      d.getDocumentInformation().setTitle("Evaluation of the outreach project (revised)");
      d.getDocumentInformation().getCOSObject().setNeedToBeUpdated(true);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      d.saveIncremental(out);
      byte[] rev2 = out.toByteArray();
      return rev2;
    }
  }

  /** A PDF of a page of text and a page that is only an image (a scan). */
  static byte[] withScannedPage() throws IOException {
    try (PDDocument d = new PDDocument()) {
      PDPage text = new PDPage(PDRectangle.A4);
      d.addPage(text);
      try (PDPageContentStream cs = new PDPageContentStream(d, text)) {
        cs.beginText();
        cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        cs.newLineAtOffset(72, 760);
        cs.showText("The project's worker met Mrs Rosalind Haverford at the school.");
        cs.endText();
      }
      PDPage scan = new PDPage(PDRectangle.A4);
      d.addPage(scan);
      BufferedImage img = new BufferedImage(600, 200, BufferedImage.TYPE_INT_RGB);
      Graphics2D g = img.createGraphics();
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, 600, 200);
      g.setColor(Color.BLACK);
      g.setFont(new Font(Font.SERIF, Font.PLAIN, 28));
      g.drawString("Scanned letter (invented)", 20, 100);
      g.dispose();
      PDImageXObject x = LosslessFactory.createFromImage(d, img);
      try (PDPageContentStream cs = new PDPageContentStream(d, scan)) {
        cs.drawImage(x, 0, 400, 595, 200);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      d.save(out);
      return out.toByteArray();
    }
  }
}
