package org.evidencekit.render.pdf.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.evidencekit.model.DocumentException.Reason;
import org.evidencekit.model.DocumentException;
import org.evidencekit.model.Password;
import org.evidencekit.model.spi.ReadOptions;

/**
 * Opens an untrusted PDF in bounded memory. The document is read up to {@link
 * ReadOptions#maxBytes()}; whatever PDFBox decodes while it is open (every stream, whatever its
 * filters, inside object streams or cross-reference streams, encrypted or not) is bounded by a
 * {@link DecodeBudget}, and every stream is decoded once, into a counter, before anything is read
 * from the document, so that a compression bomb is refused whether or not the form would use it.
 * PDFBox's own parser limits nesting depth. Every failure is a {@link DocumentException} whose
 * message carries no document content and no password.
 */
public final class SafeLoad {
  /** The most bytes one stream may decode to. */
  static final long MAX_STREAM = DecodeBudget.MAX_STREAM;
  /** The most bytes all the streams of a document may decode to. */
  static final long MAX_TOTAL = DecodeBudget.MAX_TOTAL;

  private SafeLoad() {}

  /** Reads at most {@code max} bytes; more is an {@link Reason#UNSAFE} document. */
  public static byte[] readBounded(InputStream in, long max) throws IOException {
    int limit = (int) Math.min(max, Integer.MAX_VALUE - 16);
    // What the stream says it holds is read straight into an array of its size (one copy, where
    // readNBytes alone gathers chunks and copies them twice); anything past that as before.
    int told = Math.max(0, Math.min(in.available(), limit));
    byte[] bytes = new byte[told];
    int got = in.readNBytes(bytes, 0, told);
    if (got < told) {
      bytes = Arrays.copyOf(bytes, got);
    }
    byte[] rest = in.readNBytes(limit - got);
    if (rest.length > 0) {
      byte[] all = Arrays.copyOf(bytes, got + rest.length);
      System.arraycopy(rest, 0, all, got, rest.length);
      bytes = all;
    }
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

  /**
   * Opens the document, applies {@code work} to it and closes it, all within one budget for what
   * is decoded. A budget exceeded anywhere, even where PDFBox caught the failure and went on, makes
   * the document {@link Reason#UNSAFE}.
   */
  public static <T> T read(byte[] bytes, ReadOptions options, Function<PDDocument, T> work) {
    DecodeBudget budget = DecodeBudget.open();
    try {
      return DecodeBudget.within(budget, () -> {
        PDDocument doc = open(bytes, options, budget);
        try {
          T result = work.apply(doc);
          if (budget.exceeded()) {
            throw bomb();
          }
          return result;
        } catch (DocumentException e) {
          throw budget.exceeded() ? bomb() : e;
        } catch (RuntimeException e) {
          throw budget.exceeded() ? bomb()
              : new DocumentException(Reason.MALFORMED, "The PDF is damaged and cannot be read", e);
        } catch (StackOverflowError e) {
          throw new DocumentException(Reason.UNSAFE, "The PDF is nested too deeply to be read safely");
        } finally {
          closeQuietly(doc);
        }
      });
    } catch (IllegalStateException e) {
      throw new DocumentException(Reason.UNSAFE, "PDFs cannot be read safely with this version of PDFBox", e);
    }
  }

  private static PDDocument open(byte[] bytes, ReadOptions options, DecodeBudget budget) {
    if (!looksLikePdf(bytes)) {
      throw new DocumentException(Reason.MALFORMED, "This is not a PDF: it has no PDF header");
    }
    if (!endsWithEof(bytes)) {
      throw new DocumentException(
          Reason.MALFORMED, "The PDF is incomplete (it has no end-of-file marker): it was cut short");
    }
    String password = options.password().map(Password::reveal).orElse("");
    PDDocument doc;
    try {
      long memory = Math.max(16L << 20, 4L * bytes.length);
      doc = new FormParser(new ArrayRead(bytes), password,
          MemoryUsageSetting.setupMainMemoryOnly(memory).streamCache).parse();
    } catch (InvalidPasswordException e) {
      throw options.password().isPresent()
          ? new DocumentException(Reason.WRONG_PASSWORD, "The password does not open this PDF")
          : new DocumentException(Reason.PASSWORD_REQUIRED,
              "This PDF is protected by a password: give the password to read it");
    } catch (IOException | RuntimeException e) {
      throw budget.exceeded() ? bomb()
          : new DocumentException(Reason.MALFORMED, "The PDF is damaged and cannot be read", e);
    } catch (StackOverflowError e) {
      throw new DocumentException(Reason.UNSAFE, "The PDF is nested too deeply to be read safely");
    }
    try {
      decodeEveryStream(doc.getDocument(), budget);
      return doc;
    } catch (DocumentException e) {
      closeQuietly(doc);
      throw e;
    } catch (RuntimeException e) {
      closeQuietly(doc);
      throw budget.exceeded() ? bomb()
          : new DocumentException(Reason.MALFORMED, "The PDF is damaged and cannot be read", e);
    } catch (StackOverflowError e) {
      closeQuietly(doc);
      throw new DocumentException(Reason.UNSAFE, "The PDF is nested too deeply to be read safely");
    }
  }

  /**
   * The most bytes one byte of Deflate data can decode to: a length-258 match coded in two bits
   * (RFC 1951; zlib's own figure is 1032:1), with room to spare. A stream with one Flate filter and
   * no predictor, whose raw data is {@code n} bytes, decodes to no more than {@code n} times this.
   */
  static final long FLATE_MAX_RATIO = 1040;
  /** Raw Flate data of at most this many bytes cannot decode past {@link #MAX_STREAM}. */
  static final long FLATE_PROVEN_SMALL = MAX_STREAM / FLATE_MAX_RATIO - 1;

  /**
   * Every object the cross-reference places in the file itself parsed, and every stream among them
   * bounded (object streams and cross-reference streams included): each stream's decoded size is
   * within {@link #MAX_STREAM} and all of them together within {@link #MAX_TOTAL}, or the document
   * is refused. A stream is decoded into a counter, as the budget sees it, unless its size is proven
   * small without decoding it: one Flate filter without a predictor on at most {@link
   * #FLATE_PROVEN_SMALL} raw bytes cannot decode past {@link #MAX_STREAM} ({@link
   * #FLATE_MAX_RATIO}). What those proven streams could decode to at most is added to what the
   * others did decode; if that sum passes {@link #MAX_TOTAL}, the proven streams are decoded too,
   * the largest first, until the sum is within it or the budget is exceeded, so a document is
   * refused exactly when decoding every stream would have refused it. Decoding a filled form's
   * small streams (page content, appearances, a subset font, the object streams) was most of the
   * cost of reading it.
   *
   * <p>A larger stream with one Flate filter and no predictor whose raw data is byte for byte one of
   * the {@link KnownStreams} (the regular font as the renderer embeds it whole, in every form it
   * writes) is charged the size that stream is known to decode to, through {@link
   * DecodeBudget#charge}: the same count, the same limits as decoding it. Any other stream is
   * decoded. Every stream is still bounded here, used by the reading or not: a bomb nothing would
   * read is refused all the same (leaving unread streams to the budget of the reading would accept
   * documents refused today).
   *
   * <p>An object kept inside an object stream is not parsed here: it cannot be a stream (ISO
   * 32000-1, 7.5.7), and the object stream holding it is bounded whole like any other stream;
   * parsing the hundreds of small objects a tagged form keeps there (its structure tree) would cost
   * more than everything else the reader does. A damaged object is left to PDFBox's leniency, as
   * when it is used.
   */
  private static void decodeEveryStream(COSDocument doc, DecodeBudget budget) {
    byte[] sink = new byte[64 * 1024];
    List<COSStream> proven = new ArrayList<>();
    List<Long> provenRaw = new ArrayList<>();
    long provenBound = 0;
    for (Map.Entry<COSObjectKey, Long> entry : new ArrayList<>(doc.getXrefTable().entrySet())) {
      COSObjectKey key = entry.getKey();
      Long offset = entry.getValue();
      if (offset != null && offset < 0) {
        continue; // in object stream -offset, which is bounded as a stream of its own
      }
      try {
        COSObject object = doc.getObjectFromPool(key);
        COSBase base = object == null ? null : object.getObject();
        if (base instanceof COSStream) {
          COSStream stream = (COSStream) base;
          boolean flate = plainFlate(stream);
          long raw = flate ? rawSize(stream, sink, FLATE_PROVEN_SMALL) : -1;
          long known;
          if (raw >= 0) {
            proven.add(stream);
            provenRaw.add(raw);
            provenBound += raw * FLATE_MAX_RATIO;
          } else if (flate && (known = KnownStreams.shared().decodedSize(stream, sink)) >= 0) {
            budget.charge(known); // what decoding it would have counted
          } else {
            decode(stream, sink);
          }
        }
      } catch (IOException | RuntimeException damaged) {
        // judged by PDFBox when the object is used
      }
      if (budget.exceeded()) {
        throw bomb();
      }
    }
    if (budget.used() + provenBound > MAX_TOTAL) {
      Integer[] order = new Integer[proven.size()];
      for (int i = 0; i < order.length; i++) {
        order[i] = i;
      }
      Arrays.sort(order, (a, b) -> Long.compare(provenRaw.get(b), provenRaw.get(a)));
      for (int i = 0; i < order.length && budget.used() + provenBound > MAX_TOTAL; i++) {
        provenBound -= provenRaw.get(order[i]) * FLATE_MAX_RATIO;
        try {
          decode(proven.get(order[i]), sink);
        } catch (IOException | RuntimeException damaged) {
          // judged by PDFBox when the object is used
        }
        if (budget.exceeded()) {
          throw bomb();
        }
      }
    }
  }

  /** Decodes a stream into the sink, the budget counting what its filters write. */
  static void decode(COSStream stream, byte[] sink) throws IOException {
    try (InputStream in = stream.createInputStream()) {
      while (in.read(sink) >= 0) {
        // counted by the budget as it is decoded
      }
    }
  }

  /**
   * Whether the stream has one filter, Flate, and no predictor: its decoded size is then at most
   * {@link #FLATE_MAX_RATIO} times its raw size.
   */
  static boolean plainFlate(COSStream stream) {
    COSBase filter = stream.getDictionaryObject(COSName.FILTER); // as PDFBox's COSStream finds it
    if (filter instanceof COSArray && ((COSArray) filter).size() == 1) {
      filter = ((COSArray) filter).getObject(0);
    }
    if (!COSName.FLATE_DECODE.equals(filter) && !COSName.FLATE_DECODE_ABBREVIATION.equals(filter)) {
      return false;
    }
    COSBase parms = stream.getDictionaryObject(COSName.DECODE_PARMS, COSName.DP); // as its filters do
    if (parms instanceof COSArray && ((COSArray) parms).size() == 1) {
      parms = ((COSArray) parms).getObject(0);
    }
    return parms == null || parms instanceof COSNull
        || parms instanceof COSDictionary && ((COSDictionary) parms).size() == 0;
  }

  /**
   * The size of the stream's raw data (what its filters read: decrypted, if the document is
   * encrypted), or -1 when it is more than {@code max} bytes.
   */
  static long rawSize(COSStream stream, byte[] sink, long max) throws IOException {
    long n = 0;
    try (InputStream in = stream.createRawInputStream()) {
      for (int k; (k = in.read(sink)) >= 0; ) {
        n += k;
        if (n > max) {
          return -1;
        }
      }
    }
    return n;
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

  /** The size a stream decodes to, counted as it is decoded; beyond {@code budget} it is refused. */
  static long inflatedSize(COSStream stream, long budget) throws IOException {
    byte[] sink = new byte[64 * 1024];
    long n = 0;
    try (InputStream in = stream.createInputStream()) {
      for (int k; (k = in.read(sink)) >= 0; ) {
        n += k;
        if (n > budget) {
          throw bomb();
        }
      }
    }
    return n;
  }

  private static DocumentException bomb() {
    return new DocumentException(
        Reason.UNSAFE,
        "The PDF holds compressed data that expands beyond the "
            + (MAX_STREAM >> 20) + " MiB allowed for one stream, or "
            + (MAX_TOTAL >> 20) + " MiB for the whole document: it was not read");
  }
}
