package org.evidencekit.render.pdf.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The large streams of the fonts this library embeds, compressed exactly as the renderer writes
 * them, each with the size it decodes to: a stream of a document being read whose raw data is
 * equal to one of them, byte for byte, decodes to that size, and the bomb check ({@link SafeLoad})
 * charges it without inflating it. Every filled form the renderer writes holds the regular face
 * whole (about 400 KB decoded, 200 KB raw); nothing reads it, and inflating it only to count its
 * bytes was half the CPU of reading a form.
 *
 * <p>The table is made once per process from the fonts shipped with the library, through the same
 * code the renderer embeds them with ({@link Fonts#shared()}), never from a document read; each
 * size is what PDFBox's own filter decodes the bytes to, counted in a budget of its own (not the
 * budget of the document being read). A stream is looked up by its raw length first and then
 * compared whole, never by a hash. A stream compressed otherwise (a document re-saved by other
 * software, or a PDFBox whose Deflate writes other bytes) is simply not found, and is decoded as
 * before. If the table cannot be made, it is empty. Immutable and thread-safe.
 *
 * <p>What it holds: the regular face's font file (the whole-font Type0 font and the fields' simple
 * TrueType font share it in a document). The bold and italic faces are embedded only as subsets of
 * the characters of one questionnaire (about 30 KB raw for the 2012 call for evidence, small enough
 * to be proven small), so they depend on the questionnaire and are not here. Making the table costs
 * what preparing the renderer's fonts costs (about 0.4 s of CPU, once per process, shared with the
 * renderer if it runs too).
 */
final class KnownStreams {
  private static final KnownStreams EMPTY = new KnownStreams(List.of(), new long[0]);

  /** Raw (encoded) bytes of each known stream, longest first; never handed out. */
  private final List<byte[]> raws;
  /** What each decodes to, in bytes. */
  private final long[] decoded;

  private KnownStreams(List<byte[]> raws, long[] decoded) {
    this.raws = raws;
    this.decoded = decoded;
  }

  /** The table of the fonts the renderer embeds, made on first use. */
  static KnownStreams shared() {
    return Shared.TABLE;
  }

  /** Holder: the table is made the first time a stream too large to be proven small is met. */
  private static final class Shared {
    static final KnownStreams TABLE = ofShippedFonts();
  }

  private static KnownStreams ofShippedFonts() {
    try {
      // made under a budget of its own: nothing decoded here counts towards the document being read
      return DecodeBudget.within(DecodeBudget.open(), () -> {
        Fonts fonts = Fonts.shared();
        return of(List.of(fonts.regularWhole(), fonts.fieldFont()), SafeLoad.FLATE_PROVEN_SMALL);
      });
    } catch (RuntimeException | LinkageError e) {
      return EMPTY; // every stream is then decoded, as if none were known
    }
  }

  /**
   * The table of the streams of these embedded objects that have one Flate filter, no predictor
   * and more than {@code minRaw} bytes of raw data (smaller ones are proven small without it),
   * each decoded once through PDFBox's filter to find its size.
   */
  static KnownStreams of(List<FrozenCos> objects, long minRaw) {
    List<byte[]> raws = new ArrayList<>();
    List<Long> sizes = new ArrayList<>();
    try (PDDocument scratch = new PDDocument()) {
      for (FrozenCos object : objects) {
        for (COSStream stream : streams(object.thaw(scratch.getDocument()))) {
          if (!SafeLoad.plainFlate(stream)) {
            continue;
          }
          byte[] raw;
          try (InputStream in = stream.createRawInputStream()) {
            raw = in.readAllBytes();
          }
          if (raw.length <= minRaw || raws.stream().anyMatch(r -> Arrays.equals(r, raw))) {
            continue;
          }
          // what the bomb check would charge for decoding it: the count of a budget of its own
          // (not whatever budget the calling thread has open)
          DecodeBudget budget = DecodeBudget.open();
          boolean decodes = DecodeBudget.within(budget, () -> {
            try {
              SafeLoad.decode(stream, new byte[64 * 1024]);
              return true;
            } catch (IOException | RuntimeException e) {
              return false;
            }
          });
          if (decodes && !budget.exceeded()) {
            raws.add(raw);
            sizes.add(budget.used());
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Integer[] order = new Integer[raws.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Integer.compare(raws.get(b).length, raws.get(a).length));
    List<byte[]> sortedRaws = new ArrayList<>();
    long[] sortedSizes = new long[order.length];
    for (int i = 0; i < order.length; i++) {
      sortedRaws.add(raws.get(order[i]));
      sortedSizes[i] = sizes.get(order[i]);
    }
    return new KnownStreams(Collections.unmodifiableList(sortedRaws), sortedSizes);
  }

  /** Every stream reachable from the object. */
  private static List<COSStream> streams(COSBase root) {
    List<COSStream> found = new ArrayList<>();
    Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<COSBase> todo = new ArrayDeque<>();
    todo.push(root);
    while (!todo.isEmpty()) {
      COSBase base = todo.pop();
      if (base instanceof COSObject) {
        base = ((COSObject) base).getObject();
      }
      if (base == null || !seen.add(base)) {
        continue;
      }
      if (base instanceof COSStream) {
        found.add((COSStream) base);
      }
      if (base instanceof COSDictionary) {
        for (COSName key : ((COSDictionary) base).keySet()) {
          todo.push(((COSDictionary) base).getItem(key));
        }
      } else if (base instanceof COSArray) {
        for (COSBase item : (COSArray) base) {
          todo.push(item);
        }
      }
    }
    return found;
  }

  /** Whether the table holds no stream. */
  boolean isEmpty() {
    return raws.isEmpty();
  }

  /** How many streams the table holds. */
  int size() {
    return raws.size();
  }

  /** The raw length of the longest stream known, 0 if none. */
  int longest() {
    return raws.isEmpty() ? 0 : raws.get(0).length;
  }

  /**
   * What the stream (one Flate filter, no predictor: the caller has checked) decodes to, if its
   * raw data is equal to a known stream's; else -1. Its raw data is counted first (no further than
   * the longest known), and compared byte for byte only with a known stream of that length.
   */
  long decodedSize(COSStream stream, byte[] sink) throws IOException {
    if (raws.isEmpty()) {
      return -1;
    }
    long length = SafeLoad.rawSize(stream, sink, longest());
    for (int i = 0; i < raws.size(); i++) {
      if (raws.get(i).length == length && sameBytes(stream, raws.get(i), sink)) {
        return decoded[i];
      }
    }
    return -1;
  }

  /** Whether the stream's raw data is exactly {@code known}. */
  private static boolean sameBytes(COSStream stream, byte[] known, byte[] sink) throws IOException {
    int at = 0;
    try (InputStream in = stream.createRawInputStream()) {
      for (int k; (k = in.read(sink)) >= 0; ) {
        if (at + k > known.length || !Arrays.equals(sink, 0, k, known, at, at + k)) {
          return false;
        }
        at += k;
      }
    }
    return at == known.length;
  }
}
