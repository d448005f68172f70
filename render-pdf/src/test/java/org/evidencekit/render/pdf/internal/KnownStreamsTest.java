package org.evidencekit.render.pdf.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.zip.Deflater;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.questionnaires.ExampleResponses;
import org.evidencekit.model.questionnaires.Questionnaires;
import org.evidencekit.model.spi.Layout;
import org.evidencekit.model.spi.RenderOptions;
import org.evidencekit.render.pdf.PdfRenderer;
import org.junit.jupiter.api.Test;

/**
 * The streams the bomb check knows the decoded size of without inflating them: the renderer's own
 * font as it writes it, and nothing else (not the same font compressed otherwise, not a stream of
 * the same length one byte different). Each size is checked against an inflation of its own.
 */
class KnownStreamsTest {
  private static final Questionnaire Q = Questionnaires.callForEvidence2012();

  /** The renderer's forms, blank and filled: every large Flate stream in them is known, at its true size. */
  @Test
  void everyLargeStreamOfOurFormsIsKnownAtTheSizeItInflatesTo() throws Exception {
    KnownStreams known = KnownStreams.shared();
    assertFalse(known.isEmpty());
    byte[] ttf = resource("fonts/LiberationSans-Regular.ttf");
    for (byte[] pdf : List.of(render(Optional.empty()), render(Optional.of(ExampleResponses.random(Q, 13))))) {
      List<byte[]> large = largeFlateStreams(pdf);
      assertEquals(1, large.size(), "one large stream: the regular font, embedded whole");
      byte[] raw = large.get(0);
      assertArrayEquals(ttf, Zlib.inflate(raw), "it is the regular font");
      try (PDDocument scratch = new PDDocument()) {
        assertEquals(ttf.length, known.decodedSize(stream(scratch, raw), new byte[8192]));
      }
    }
  }

  @Test
  void aStreamOneByteDifferentShorterOrLongerIsNotKnown() throws Exception {
    byte[] raw = largeFlateStreams(render(Optional.empty())).get(0);
    KnownStreams known = KnownStreams.shared();
    try (PDDocument scratch = new PDDocument()) {
      byte[] sink = new byte[8192];
      assertEquals(resource("fonts/LiberationSans-Regular.ttf").length, known.decodedSize(stream(scratch, raw), sink));
      for (int at : new int[] {0, 2, raw.length / 2, raw.length - 1}) {
        byte[] other = raw.clone();
        other[at] ^= 1;
        assertEquals(-1, known.decodedSize(stream(scratch, other), sink), "one byte different at " + at);
      }
      assertEquals(-1, known.decodedSize(stream(scratch, Arrays.copyOf(raw, raw.length - 1)), sink));
      assertEquals(-1, known.decodedSize(stream(scratch, Arrays.copyOf(raw, raw.length + 1)), sink));
      byte[] longer = Arrays.copyOf(raw, raw.length + 70_000);
      assertEquals(-1, known.decodedSize(stream(scratch, longer), sink));
    }
  }

  @Test
  void theSameFontCompressedOtherwiseIsNotKnown() throws Exception {
    byte[] ttf = resource("fonts/LiberationSans-Regular.ttf");
    try (PDDocument scratch = new PDDocument()) {
      for (int level : new int[] {Deflater.BEST_SPEED, Deflater.BEST_COMPRESSION}) {
        byte[] other = Zlib.deflate(ttf, level);
        assertArrayEquals(ttf, Zlib.inflate(other));
        assertEquals(-1, KnownStreams.shared().decodedSize(stream(scratch, other), new byte[8192]), "level " + level);
      }
    }
  }

  /** The table of a stream of our own making: its size is what decoding it counts, made outside any budget. */
  @Test
  void aTableHoldsWhatDecodingCounts() throws Exception {
    byte[] data = new byte[300_000];
    new java.util.Random(7).nextBytes(data);
    byte[] raw = Zlib.deflate(data, Deflater.DEFAULT_COMPRESSION);
    FrozenCos object;
    try (PDDocument scratch = new PDDocument()) {
      COSStream s = stream(scratch, raw);
      org.apache.pdfbox.cos.COSDictionary holder = new org.apache.pdfbox.cos.COSDictionary();
      holder.setItem(COSName.getPDFName("S"), s);
      object = FrozenCos.freeze(holder);
    }
    KnownStreams table = KnownStreams.of(List.of(object), SafeLoad.FLATE_PROVEN_SMALL);
    assertEquals(1, table.size());
    assertEquals(raw.length, table.longest());
    try (PDDocument scratch = new PDDocument()) {
      assertEquals(data.length, table.decodedSize(stream(scratch, raw), new byte[8192]));
    }
    // a stream small enough to be proven small is left out
    assertTrue(KnownStreams.of(List.of(object), raw.length).isEmpty());
  }

  private static byte[] render(Optional<org.evidencekit.model.Response> response) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PdfRenderer.standard().render(Q, response, RenderOptions.of(Layout.FORM), out);
    return out.toByteArray();
  }

  /** The raw data of every stream of the file with one Flate filter and no predictor, too large to be proven small. */
  private static List<byte[]> largeFlateStreams(byte[] pdf) throws IOException {
    List<byte[]> found = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      for (COSObjectKey key : new ArrayList<>(doc.getDocument().getXrefTable().keySet())) {
        COSObject object = doc.getDocument().getObjectFromPool(key);
        COSBase base = object == null ? null : object.getObject();
        if (base instanceof COSStream && SafeLoad.plainFlate((COSStream) base)) {
          byte[] raw;
          try (InputStream in = ((COSStream) base).createRawInputStream()) {
            raw = in.readAllBytes();
          }
          if (raw.length > SafeLoad.FLATE_PROVEN_SMALL) {
            found.add(raw);
          }
        }
      }
    }
    return found;
  }

  private static COSStream stream(PDDocument doc, byte[] raw) throws IOException {
    COSStream s = doc.getDocument().createCOSStream();
    s.setItem(COSName.FILTER, COSName.FLATE_DECODE);
    try (OutputStream out = s.createRawOutputStream()) {
      out.write(raw);
    }
    return s;
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = KnownStreams.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    }
  }


}
