package org.evidencekit.render.pdf.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.TreeSet;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.evidencekit.model.DocumentException.Reason;
import org.evidencekit.model.DocumentException;
import org.evidencekit.model.Password;
import org.evidencekit.model.spi.ReadOptions;

/**
 * Opens an untrusted PDF in bounded memory. The document is read up to {@link
 * ReadOptions#maxBytes()}; every compressed stream is first inflated into a counter (never into
 * memory) so that a compression bomb is refused before PDFBox would decode it whole; the object
 * streams of an encrypted document are checked the same way once decrypted. PDFBox's own parser
 * limits nesting depth; its buffers are limited too. Every failure is a {@link
 * DocumentException} whose message carries no document content and no password.
 */
public final class SafeLoad {
  /** The most bytes one stream may inflate to. */
  static final long MAX_STREAM = 64L << 20;
  /** The most bytes all the streams of a document may inflate to. */
  static final long MAX_TOTAL = 256L << 20;

  private SafeLoad() {}

  /** Reads at most {@code max} bytes; more is an {@link Reason#UNSAFE} document. */
  public static byte[] readBounded(InputStream in, long max) throws IOException {
    int limit = (int) Math.min(max, Integer.MAX_VALUE - 16);
    byte[] bytes = in.readNBytes(limit);
    if (bytes.length == limit && in.read() >= 0) {
      throw new DocumentException(
          Reason.UNSAFE,
          "The PDF is larger than the " + describe(max) + " allowed: it was not read");
    }
    return bytes;
  }

  private static String describe(long bytes) {
    if (bytes >= 1 << 20) {
      return (bytes >> 20) + " MiB";
    }
    return bytes + " bytes";
  }

  /** Opens the document; the caller closes it. */
  public static PDDocument open(byte[] bytes, ReadOptions options) {
    if (!looksLikePdf(bytes)) {
      throw new DocumentException(Reason.MALFORMED, "This is not a PDF: it has no PDF header");
    }
    if (!endsWithEof(bytes)) {
      throw new DocumentException(
          Reason.MALFORMED, "The PDF is incomplete (it has no end-of-file marker): it was cut short");
    }
    checkStreams(bytes);
    String password = options.password().map(Password::reveal).orElse("");
    PDDocument doc;
    try {
      long memory = Math.max(16L << 20, 4L * bytes.length);
      doc = Loader.loadPDF(new RandomAccessReadBuffer(bytes), password, null, null,
          MemoryUsageSetting.setupMainMemoryOnly(memory).streamCache);
    } catch (InvalidPasswordException e) {
      throw options.password().isPresent()
          ? new DocumentException(Reason.WRONG_PASSWORD, "The password does not open this PDF")
          : new DocumentException(Reason.PASSWORD_REQUIRED,
              "This PDF is protected by a password: give the password to read it");
    } catch (IOException | RuntimeException e) {
      throw new DocumentException(Reason.MALFORMED, "The PDF is damaged and cannot be read", e);
    } catch (StackOverflowError e) {
      throw new DocumentException(Reason.UNSAFE, "The PDF is nested too deeply to be read safely");
    }
    try {
      if (doc.getDocument().isEncrypted()) {
        checkObjectStreams(doc.getDocument());
      }
      return doc;
    } catch (DocumentException e) {
      closeQuietly(doc);
      throw e;
    } catch (IOException | RuntimeException e) {
      closeQuietly(doc);
      throw new DocumentException(Reason.MALFORMED, "The PDF is damaged and cannot be read", e);
    } catch (StackOverflowError e) {
      closeQuietly(doc);
      throw new DocumentException(Reason.UNSAFE, "The PDF is nested too deeply to be read safely");
    }
  }

  static void closeQuietly(PDDocument doc) {
    try {
      doc.close();
    } catch (IOException | RuntimeException ignored) {
      // nothing more to do with a document we are giving up on
    }
  }

  private static boolean looksLikePdf(byte[] b) {
    int end = Math.min(b.length - 5, 1024);
    for (int i = 0; i < end; i++) {
      if (b[i] == '%' && b[i + 1] == 'P' && b[i + 2] == 'D' && b[i + 3] == 'F' && b[i + 4] == '-') {
        return true;
      }
    }
    return false;
  }

  /** Whether "%%EOF" is in the last KiB, where every complete PDF has it. */
  private static boolean endsWithEof(byte[] b) {
    for (int i = b.length - 5; i >= Math.max(0, b.length - 1024); i--) {
      if (b[i] == '%' && b[i + 1] == '%' && b[i + 2] == 'E' && b[i + 3] == 'O' && b[i + 4] == 'F') {
        return true;
      }
    }
    return false;
  }

  /** Inflates, into a counter, whatever follows each "stream" keyword that is zlib data. */
  private static void checkStreams(byte[] b) {
    long total = 0;
    Inflater inflater = new Inflater();
    byte[] sink = new byte[64 * 1024];
    try {
      for (int i = indexOf(b, 0); i >= 0; i = indexOf(b, i + 6)) {
        int start = i + 6;
        if (start < b.length && b[start] == '\r') {
          start++;
        }
        if (start < b.length && b[start] == '\n') {
          start++;
        }
        if (start + 2 > b.length || !zlibHeader(b[start], b[start + 1])) {
          continue;
        }
        inflater.reset();
        inflater.setInput(b, start, b.length - start);
        long n = 0;
        try {
          while (!inflater.finished() && !inflater.needsInput() && !inflater.needsDictionary()) {
            int k = inflater.inflate(sink);
            if (k == 0 && (inflater.needsInput() || inflater.finished())) {
              break;
            }
            n += k;
            if (n > MAX_STREAM || total + n > MAX_TOTAL) {
              throw bomb();
            }
          }
        } catch (DataFormatException notZlib) {
          // not compressed data after all (or encrypted): PDFBox judges it
        }
        total += n;
      }
    } finally {
      inflater.end();
    }
  }

  /** The object streams of an encrypted document, decrypted, inflated into a counter. */
  private static void checkObjectStreams(COSDocument doc) throws IOException {
    TreeSet<Long> streams = new TreeSet<>();
    for (Map.Entry<COSObjectKey, Long> e : doc.getXrefTable().entrySet()) {
      if (e.getValue() != null && e.getValue() < 0) {
        streams.add(-e.getValue());
      }
    }
    long total = 0;
    for (long number : streams) {
      COSBase base = doc.getObjectFromPool(new COSObjectKey(number, 0)).getObject();
      if (base instanceof COSStream) {
        total += inflatedSize((COSStream) base, MAX_TOTAL - total);
      }
    }
  }

  /**
   * The size a stream decodes to, found by inflating it into a counter; a stream that expands
   * beyond the limits, or is packed with a filter other than Flate, is refused.
   */
  static long inflatedSize(COSStream stream, long budget) throws IOException {
    COSBase filter = stream.getDictionaryObject(COSName.FILTER);
    if (filter == null) {
      return stream.getLength();
    }
    boolean flate =
        COSName.FLATE_DECODE.equals(filter)
            || (filter instanceof org.apache.pdfbox.cos.COSArray
                && ((org.apache.pdfbox.cos.COSArray) filter).size() == 1
                && COSName.FLATE_DECODE.equals(((org.apache.pdfbox.cos.COSArray) filter).getObject(0)));
    if (!flate) {
      throw new DocumentException(
          Reason.UNSAFE, "The PDF packs data with an unusual filter where a form has none; it was not read");
    }
    byte[] sink = new byte[64 * 1024];
    try (InputStream raw = stream.createRawInputStream();
        java.util.zip.InflaterInputStream in = new java.util.zip.InflaterInputStream(raw)) {
      long n = 0;
      int k;
      while ((k = in.read(sink)) > 0) {
        n += k;
        if (n > MAX_STREAM || n > budget) {
          throw bomb();
        }
      }
      return n;
    } catch (java.util.zip.ZipException e) {
      throw new DocumentException(Reason.MALFORMED, "The PDF is damaged and cannot be read", e);
    }
  }

  private static DocumentException bomb() {
    return new DocumentException(
        Reason.UNSAFE,
        "The PDF holds compressed data that expands beyond the "
            + (MAX_STREAM >> 20) + " MiB allowed for one stream: it was not read");
  }

  private static boolean zlibHeader(byte cmf, byte flg) {
    int c = cmf & 0xff;
    int f = flg & 0xff;
    return (c & 0x0f) == 8 && (c >> 4) <= 7 && ((c << 8) | f) % 31 == 0;
  }

  private static int indexOf(byte[] b, int from) {
    outer:
    for (int i = from; i + 6 <= b.length; i++) {
      if (b[i] != 's') {
        continue;
      }
      for (int j = 1; j < 6; j++) {
        if (b[i + j] != "stream".charAt(j)) {
          continue outer;
        }
      }
      if (i > 0 && b[i - 1] == 'd') {
        continue; // "endstream"
      }
      return i;
    }
    return -1;
  }
}
