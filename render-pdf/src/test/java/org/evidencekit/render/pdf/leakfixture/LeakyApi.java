package org.evidencekit.render.pdf.leakfixture;

import java.util.List;
import java.util.function.Supplier;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.evidencekit.render.pdf.leakfixture.internal.Secret;

/**
 * A deliberately leaking public class for {@link org.evidencekit.render.pdf.LeakRuleBitesTest}:
 * every public member names PDFBox or an internal type of ours in another position. Test code
 * only: nothing ships it.
 */
public class LeakyApi {
  public PDRectangle box;

  public PDDocument document() {
    return null;
  }

  public void names(List<? extends COSName> names) {}

  public Secret secret() {
    return null;
  }

  public void open() throws InvalidPasswordException {}

  public <T extends PDPage> T page(Class<T> type) {
    return null;
  }

  /** Private, so not exposed: never reported. */
  @SuppressWarnings("unused")
  private PDDocument hidden() {
    return null;
  }

  /** A public nested type with a library supertype. */
  public static class Nested extends COSDictionary {}

  /** A generic library supertype. */
  public interface Pages extends Supplier<List<PDPage>> {}

  /** Not public, so not exposed: never reported. */
  static class Quiet {
    public PDDocument document() {
      return null;
    }
  }
}
