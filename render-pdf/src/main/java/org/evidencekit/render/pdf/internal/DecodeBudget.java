package org.evidencekit.render.pdf.internal;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Field;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.filter.DecodeOptions;
import org.apache.pdfbox.filter.DecodeResult;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;

/**
 * A bound on what PDFBox decodes while we read an untrusted PDF, applied where PDFBox decodes:
 * every filter PDFBox uses (Flate, LZW, ASCIIHex, ASCII85, RunLength, the image filters …) is
 * wrapped once, in PDFBox's own {@link FilterFactory}, by one that counts what it writes. While a
 * budget is open on the current thread ({@link #within}), one filter's output is bounded by
 * {@link #MAX_STREAM} and all the filters' output together by {@link #MAX_TOTAL}; past either,
 * decoding stops at once, and every later decoding on that budget fails too, so that PDFBox's
 * lenient parser cannot go on where it caught the failure. Filter chains, object streams,
 * cross-reference streams and streams inside an encrypted document are all decoded through here,
 * whatever the bytes of the file look like. Outside a budget (rendering) the filters behave as
 * PDFBox's own.
 */
final class DecodeBudget {
  /** The most bytes one filter may decode one stream to: 32 MiB. */
  static final long MAX_STREAM = 32L << 20;
  /** The most bytes all the filters may decode to while one document is read: 256 MiB. */
  static final long MAX_TOTAL = 256L << 20;

  private static final ThreadLocal<DecodeBudget> CURRENT = new ThreadLocal<>();
  private static final boolean INSTALLED = install();

  private long left = MAX_TOTAL;
  private boolean exceeded;

  private DecodeBudget() {}

  /**
   * Runs {@code work} with a budget for what PDFBox decodes; returns its result. If the budget was
   * exceeded, {@link #exceeded()} is true afterwards however PDFBox dealt with the failure.
   */
  static <T> T within(DecodeBudget budget, Supplier<T> work) {
    if (!INSTALLED) {
      throw new IllegalStateException("the bound on decoded PDF streams could not be installed");
    }
    DecodeBudget outer = CURRENT.get();
    CURRENT.set(budget);
    try {
      return work.get();
    } finally {
      if (outer == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(outer);
      }
    }
  }

  static DecodeBudget open() {
    return new DecodeBudget();
  }

  /** How many bytes the filters have decoded on this budget so far. */
  long used() {
    return MAX_TOTAL - left;
  }

  /**
   * Counts {@code n} bytes as if one filter had just decoded one stream to them (a stream whose
   * decoded size is known without decoding it: {@link KnownStreams}): the same limits, the same
   * {@link #exceeded()} afterwards, as the filter's own count would give.
   */
  void charge(long n) {
    try {
      new Counting(OutputStream.nullOutputStream(), this).count(n);
    } catch (Exceeded e) {
      // remembered: exceeded() is now true
    }
  }

  /** Whether some decoding went past a limit. */
  boolean exceeded() {
    return exceeded;
  }

  /** Whether the filters are wrapped (they are unless PDFBox changed its insides). */
  static boolean installed() {
    return INSTALLED;
  }

  @SuppressWarnings("unchecked")
  private static boolean install() {
    try {
      Field f = FilterFactory.class.getDeclaredField("filters");
      f.setAccessible(true);
      Map<COSName, Filter> filters = (Map<COSName, Filter>) f.get(FilterFactory.INSTANCE);
      synchronized (filters) {
        for (Map.Entry<COSName, Filter> e : filters.entrySet()) {
          if (!(e.getValue() instanceof Bounded)) {
            e.setValue(new Bounded(e.getValue()));
          }
        }
      }
      return true;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return false;
    }
  }

  /** Thrown inside PDFBox when a limit is passed; PDFBox may catch it, so the budget remembers. */
  static final class Exceeded extends IOException {
    private static final long serialVersionUID = 1L;

    Exceeded() {
      super("decoded data beyond the limit");
    }
  }

  /** One of PDFBox's filters, its output counted against the current budget. */
  private static final class Bounded extends Filter {
    private final Filter filter;

    Bounded(Filter filter) {
      this.filter = filter;
    }

    @Override
    public DecodeResult decode(InputStream encoded, OutputStream decoded, COSDictionary parameters, int index)
        throws IOException {
      return decode(encoded, decoded, parameters, index, DecodeOptions.DEFAULT);
    }

    @Override
    public DecodeResult decode(InputStream encoded, OutputStream decoded, COSDictionary parameters, int index,
        DecodeOptions options) throws IOException {
      DecodeBudget budget = CURRENT.get();
      if (budget == null) {
        return filter.decode(encoded, decoded, parameters, index, options);
      }
      if (budget.exceeded) {
        throw new Exceeded();
      }
      return filter.decode(encoded, new Counting(decoded, budget), parameters, index, options);
    }

    @Override
    protected void encode(InputStream input, OutputStream encoded, COSDictionary parameters) throws IOException {
      filter.encode(input, encoded, parameters, 0);
    }
  }

  /** Counts what passes, and stops it past the limits. */
  private static final class Counting extends FilterOutputStream {
    private final DecodeBudget budget;
    private long written;

    Counting(OutputStream out, DecodeBudget budget) {
      super(out);
      this.budget = budget;
    }

    private void count(long n) throws Exceeded {
      written += n;
      budget.left -= n;
      if (budget.exceeded || written > MAX_STREAM || budget.left < 0) {
        budget.exceeded = true;
        throw new Exceeded();
      }
    }

    @Override
    public void write(int b) throws IOException {
      count(1);
      out.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      count(len);
      out.write(b, off, len);
    }
  }
}
