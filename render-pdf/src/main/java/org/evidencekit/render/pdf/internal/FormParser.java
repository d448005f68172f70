package org.evidencekit.render.pdf.internal;

import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessStreamCache.StreamCacheCreateFunction;
import org.apache.pdfbox.pdfparser.PDFObjectStreamParser;
import org.apache.pdfbox.pdfparser.PDFParser;

/**
 * PDFBox's parser, except that an object kept in an object stream is parsed alone when it is
 * used. PDFBox parses every object of an object stream the first time one of them is used: the
 * catalog of a form we render shares its object stream with a hundred others (pages, fonts with
 * their width arrays, the start of the structure tree), none of which the reader needs, and parsing
 * them was a quarter of the cost of reading a form.
 *
 * <p>Only an object stream whose header is plain is read this way: as many pairs as {@code /N}
 * says, object numbers all different, offsets increasing, every object starting inside the stream.
 * Any other object stream, or one whose stream cannot be opened, is left to PDFBox as before. An
 * object that cannot be parsed is null, as PDFBox makes it when it is lenient (it always is here);
 * unlike PDFBox, the other objects of the same stream are still read. The stream is decoded once,
 * through the filters the {@link DecodeBudget} bounds, as PDFBox decodes it.
 */
final class FormParser extends PDFParser {
  private final Map<Long, Objects> streams = new HashMap<>();
  private final Set<Long> leftToPdfBox = new HashSet<>();

  FormParser(RandomAccessRead source, String password, StreamCacheCreateFunction cache) throws IOException {
    super(source, password, null, null, cache);
  }

  @Override
  protected COSBase parseObjectStreamObject(long objstmObjNr, COSObjectKey key) throws IOException {
    if (leftToPdfBox.contains(objstmObjNr)) {
      return super.parseObjectStreamObject(objstmObjNr, key);
    }
    Objects objects = streams.get(objstmObjNr);
    if (objects == null) {
      COSBase stream = document.getObjectFromPool(getObjectKey(objstmObjNr, 0)).getObject();
      objects = stream instanceof COSStream ? Objects.open((COSStream) stream, document) : null;
      if (objects == null) {
        leftToPdfBox.add(objstmObjNr);
        return super.parseObjectStreamObject(objstmObjNr, key);
      }
      streams.put(objstmObjNr, objects);
    }
    try {
      return objects.parse(key.getNumber());
    } catch (IOException e) {
      if (isLenient()) {
        return null;
      }
      throw e;
    }
  }

  /** One object stream, decoded, and where each of its objects starts. */
  private static final class Objects extends PDFObjectStreamParser {
    private final Map<Long, Integer> offsets = new HashMap<>();
    private int first;

    private Objects(COSStream stream, COSDocument document) throws IOException {
      super(stream, document);
    }

    /** The object stream, if it opens and its header is plain; else null. */
    static Objects open(COSStream stream, COSDocument document) {
      try {
        Objects objects = new Objects(stream, document);
        return objects.readHeader(stream.getInt(org.apache.pdfbox.cos.COSName.N),
            stream.getInt(org.apache.pdfbox.cos.COSName.FIRST)) ? objects : null;
      } catch (IOException | RuntimeException e) {
        return null;
      }
    }

    private boolean readHeader(int n, int first) throws IOException {
      long length = source.length();
      if (n <= 0 || first <= 0 || first >= length) {
        return false;
      }
      this.first = first;
      long previous = -1;
      for (int i = 0; i < n; i++) {
        if (source.getPosition() >= first - 1) {
          return false; // fewer pairs than /N says: PDFBox's own reading copes with that
        }
        long number = readObjectNumber();
        long offset = readLong();
        if (offset <= previous || first + offset >= length || offsets.put(number, (int) offset) != null) {
          return false;
        }
        previous = offset;
      }
      return true;
    }

    /** The object of this number, or null if the stream does not hold it. */
    COSBase parse(long number) throws IOException {
      Integer offset = offsets.get(number);
      if (offset == null) {
        return null;
      }
      source.seek(first + offset);
      COSBase object = parseDirObject();
      if (object != null) {
        object.setDirect(false);
      }
      return object;
    }
  }
}
