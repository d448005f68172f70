package org.evidencekit.render.pdf.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.COSWriter;

/**
 * A blank form serialised once and filled many times. Everything that does not depend on the
 * response (fonts, page contents, the structure tree, pages, catalog) is written once into bytes:
 * streams as they are, the other objects packed into compressed object streams. Each document then
 * copies those bytes and writes only what differs: the fields (with their values and the
 * appearances of filled text fields), the metadata, the document information and a
 * cross-reference stream. The result is the document {@link Assembler} would build, written
 * without PDFBox's writer, which is most of the time a filled form takes. Immutable and
 * thread-safe; not for encrypted documents.
 */
public final class FastForm {
  private static final byte[] HEADER = "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n".getBytes(StandardCharsets.ISO_8859_1);
  private static final int PER_OBJECT_STREAM = 100;
  private static final COSName YES = COSName.getPDFName("Yes");

  private final byte[] head;
  private final byte[] xrefType; // by object number, for the objects in head
  private final long[] xrefField2;
  private final int[] xrefField3;
  private final Slot[] slots;
  private final int rootNumber;
  private final int metadataNumber;
  private final int infoNumber;
  private final int fieldFontNumber;
  private final int fallbackFontNumber;
  private final int firstFree;
  private final Face font;
  /** With a page kept for a response's record (else 0): the numbers written for each response. */
  private final int recordPageNumber;
  private final int recordContentNumber;
  private final int recordSectNumber;
  private final int recordParentsNumber;
  private final int documentNumber;

  /** One field's widget: its number, what stays the same, and how its value is written. */
  private static final class Slot {
    final String name;
    final int number;
    final byte[] prefix; // "n 0 obj\n<< ...static entries..."
    final boolean checkbox;
    final boolean multiline;
    final float width;
    final float height;
    final int onNumber;
    final int offNumber;
    final int emptyNumber;

    Slot(String name, int number, byte[] prefix, boolean checkbox, boolean multiline, float width,
        float height, int onNumber, int offNumber, int emptyNumber) {
      this.name = name;
      this.number = number;
      this.prefix = prefix;
      this.checkbox = checkbox;
      this.multiline = multiline;
      this.width = width;
      this.height = height;
      this.onNumber = onNumber;
      this.offNumber = offNumber;
      this.emptyNumber = emptyNumber;
    }
  }

  private FastForm(Composition c, Assembler.Built b) throws IOException {
    font = c.fonts.regular;
    Numbers n = new Numbers();
    n.number(b.catalog);
    rootNumber = n.of(b.catalog);
    metadataNumber = n.of(b.metadata);
    // the fields' fonts; none in a document without fields, which never draws a field's value
    fieldFontNumber = n.ofOrNone(b.fieldFonts.getDictionaryObject(COSName.getPDFName(FieldFont.NAME)));
    fallbackFontNumber = n.ofOrNone(b.fieldFonts.getDictionaryObject(COSName.getPDFName(FieldFont.FALLBACK)));
    infoNumber = n.next++;
    Set<COSBase> perCall = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    perCall.addAll(b.widgets);
    perCall.add(b.metadata);
    if (b.recordSect != null) {
      perCall.add(b.recordContent);
      perCall.add(b.recordSect);
      perCall.add(b.recordParents);
      recordPageNumber = n.of(b.recordPage);
      recordContentNumber = n.of(b.recordContent);
      recordSectNumber = n.of(b.recordSect);
      recordParentsNumber = n.of(b.recordParents);
      documentNumber = n.of(b.recordSect.getDictionaryObject(COSName.P));
    } else {
      recordPageNumber = 0;
      recordContentNumber = 0;
      recordSectNumber = 0;
      recordParentsNumber = 0;
      documentNumber = 0;
    }

    // Static objects: streams as they are, the rest in object streams.
    List<COSBase> packed = new ArrayList<>();
    List<COSStream> streams = new ArrayList<>();
    for (COSBase o : n.order) {
      if (perCall.contains(o)) {
        continue;
      }
      if (o instanceof COSStream) {
        streams.add((COSStream) o);
      } else {
        packed.add(o);
      }
    }
    int objectStreams = (packed.size() + PER_OBJECT_STREAM - 1) / PER_OBJECT_STREAM;
    int firstObjectStream = n.next;
    n.next += objectStreams;
    firstFree = n.next;
    xrefType = new byte[firstFree];
    xrefField2 = new long[firstFree];
    xrefField3 = new int[firstFree];

    Bytes out = new Bytes(1 << 20);
    out.write(HEADER);
    for (COSStream s : streams) {
      int number = n.of(s);
      xrefType[number] = 1;
      xrefField2[number] = out.size();
      out.write(ascii(number + " 0 obj\n"));
      byte[] raw;
      try (InputStream in = s.createRawInputStream()) {
        raw = in.readAllBytes();
      }
      writeStreamDictionary(s, raw.length, n, out);
      out.write(ascii("\nstream\n"));
      out.write(raw);
      out.write(ascii("\nendstream\nendobj\n"));
    }
    for (int k = 0; k < objectStreams; k++) {
      int number = firstObjectStream + k;
      List<COSBase> group = packed.subList(k * PER_OBJECT_STREAM, Math.min(packed.size(), (k + 1) * PER_OBJECT_STREAM));
      Bytes index = new Bytes(2048);
      Bytes bodies = new Bytes(32 * 1024);
      for (int i = 0; i < group.size(); i++) {
        int member = n.of(group.get(i));
        xrefType[member] = 2;
        xrefField2[member] = number;
        xrefField3[member] = i;
        index.write(ascii(member + " " + bodies.size() + " "));
        n.write(group.get(i), bodies, true);
        bodies.write('\n');
      }
      index.write('\n');
      int first = index.size();
      index.write(bodies.toByteArray());
      byte[] deflated = Layouter.deflate(index.toByteArray());
      xrefType[number] = 1;
      xrefField2[number] = out.size();
      out.write(ascii(number + " 0 obj\n<< /Type /ObjStm /N " + group.size() + " /First " + first
          + " /Filter /FlateDecode /Length " + deflated.length + " >>\nstream\n"));
      out.write(deflated);
      out.write(ascii("\nendstream\nendobj\n"));
    }
    head = out.toByteArray();

    // Fields: the entries that never change, written once.
    slots = new Slot[b.widgets.size()];
    for (int i = 0; i < slots.length; i++) {
      COSDictionary w = b.widgets.get(i);
      Bytes prefix = new Bytes(512);
      int number = n.of(w);
      prefix.write(ascii(number + " 0 obj\n<<"));
      for (Map.Entry<COSName, COSBase> e : w.entrySet()) {
        COSName key = e.getKey();
        if (key.equals(COSName.V) || key.equals(COSName.AS) || key.equals(COSName.AP) || key.equals(COSName.DA)) {
          continue;
        }
        key.writePDF(prefix);
        prefix.write(' ');
        n.write(e.getValue(), prefix, false);
        prefix.write(' ');
      }
      boolean checkbox = COSName.BTN.equals(w.getCOSName(COSName.FT));
      COSDictionary normal = w.getCOSDictionary(COSName.AP);
      int on = 0;
      int off = 0;
      int empty = 0;
      COSBase appearance = normal.getDictionaryObject(COSName.N);
      if (checkbox) {
        on = n.of(((COSDictionary) appearance).getDictionaryObject(YES));
        off = n.of(((COSDictionary) appearance).getDictionaryObject(COSName.Off));
      } else {
        empty = n.of(appearance);
      }
      COSArray rect = w.getCOSArray(COSName.RECT);
      float width = ((COSFloat) rect.getObject(2)).floatValue() - ((COSFloat) rect.getObject(0)).floatValue();
      float height = ((COSFloat) rect.getObject(3)).floatValue() - ((COSFloat) rect.getObject(1)).floatValue();
      slots[i] = new Slot(w.getString(COSName.T), number, prefix.toByteArray(), checkbox,
          (w.getInt(COSName.FF, 0) & (1 << 12)) != 0, width, height, on, off, empty);
    }
  }

  /** The blank form of a composition, serialised. */
  public static FastForm of(Composition c, DocumentMeta meta) throws IOException {
    try (Assembler.Built b = Assembler.build(c, Map.of(), meta)) {
      return new FastForm(c, b);
    }
  }

  /** Writes the form with these field values (by field name) and this metadata. */
  public void write(Map<String, Object> values, DocumentMeta meta, OutputStream target) throws IOException {
    write(values, meta, Optional.empty(), target);
  }

  /** Whether this form has a last page kept for a response's record. */
  public boolean hasRecordPage() {
    return recordSectNumber != 0;
  }

  /**
   * Writes the form with these field values, this metadata and, when the form keeps a page for
   * it, this record's page (issue 10).
   */
  public void write(Map<String, Object> values, DocumentMeta meta, Optional<Layouter.RecordPage> record,
      OutputStream target) throws IOException {
    if (hasRecordPage() != record.isPresent()) {
      throw new IllegalArgumentException("a record's page is given exactly to a form that keeps one");
    }
    List<StructElem> elements = new ArrayList<>();
    record.ifPresent(r -> collect(r.sect, elements));
    Counting out = new Counting(target, head.length + 64 * 1024);
    out.write(head);
    int next = firstFree;
    long[] offsets = new long[firstFree + 2 * slots.length + elements.size() + 2];
    List<byte[]> appearances = new ArrayList<>();
    for (Slot s : slots) {
      offsets[s.number] = out.count;
      out.write(s.prefix);
      Object value = values.get(s.name);
      if (s.checkbox) {
        boolean ticked = Boolean.TRUE.equals(value);
        out.write(ascii((ticked ? "/V /Yes /AS /Yes" : "/V /Off /AS /Off")
            + " /AP << /N << /Yes " + s.onNumber + " 0 R /Off " + s.offNumber + " 0 R >> >> >>\nendobj\n"));
      } else if (value instanceof String && !((String) value).isEmpty()) {
        String text = (String) value;
        out.write(ascii("/DA "));
        COSWriter.writeString(new COSString(Appearances.da(text)), out);
        out.write(ascii(" /V "));
        COSWriter.writeString(new COSString(text), out);
        int ap = next++;
        out.write(ascii(" /AP << /N " + ap + " 0 R >> >>\nendobj\n"));
        appearances.add(appearance(ap, s, text));
      } else {
        out.write(ascii("/DA (" + Appearances.DA + ") /AP << /N " + s.emptyNumber + " 0 R >> >>\nendobj\n"));
      }
    }
    int number = firstFree;
    for (byte[] a : appearances) {
      offsets[number++] = out.count;
      out.write(a);
    }
    if (record.isPresent()) {
      next = writeRecord(record.get(), elements, next, offsets, out);
    }
    byte[] xmp = Xmp.of(meta);
    offsets[metadataNumber] = out.count;
    out.write(ascii(metadataNumber + " 0 obj\n<< /Type /Metadata /Subtype /XML /Length " + xmp.length
        + " >>\nstream\n"));
    out.write(xmp);
    out.write(ascii("\nendstream\nendobj\n"));
    offsets[infoNumber] = out.count;
    out.write(ascii(infoNumber + " 0 obj\n"));
    writeDirect(Assembler.info(meta), out);
    out.write(ascii("\nendobj\n"));

    int xref = next;
    int size = xref + 1;
    offsets[xref] = out.count;
    byte[] table = new byte[size * 7];
    for (int i = 0; i < size; i++) {
      int type;
      long f2;
      int f3;
      if (i == 0) {
        type = 0;
        f2 = 0;
        f3 = 65535;
      } else if (i < firstFree && xrefType[i] != 0) {
        type = xrefType[i];
        f2 = xrefField2[i];
        f3 = xrefField3[i];
      } else {
        type = 1;
        f2 = offsets[i];
        f3 = 0;
      }
      int p = i * 7;
      table[p] = (byte) type;
      table[p + 1] = (byte) (f2 >>> 24);
      table[p + 2] = (byte) (f2 >>> 16);
      table[p + 3] = (byte) (f2 >>> 8);
      table[p + 4] = (byte) f2;
      table[p + 5] = (byte) (f3 >>> 8);
      table[p + 6] = (byte) f3;
    }
    StringBuilder id = new StringBuilder();
    for (byte x : meta.documentId) {
      id.append(Character.forDigit((x >> 4) & 15, 16)).append(Character.forDigit(x & 15, 16));
    }
    String hexId = "<" + id.toString().toUpperCase(java.util.Locale.ROOT) + ">";
    out.write(ascii(xref + " 0 obj\n<< /Type /XRef /Size " + size + " /W [1 4 2] /Root " + rootNumber
        + " 0 R /Info " + infoNumber + " 0 R /ID [" + hexId + " " + hexId + "] /Length " + table.length
        + " >>\nstream\n"));
    out.write(table);
    out.write(ascii("\nendstream\nendobj\nstartxref\n" + offsets[xref] + "\n%%EOF\n"));
    out.flush();
  }

  private static void collect(StructElem e, List<StructElem> out) {
    out.add(e);
    for (Object kid : e.kids) {
      if (kid instanceof StructElem) {
        collect((StructElem) kid, out);
      }
    }
  }

  /**
   * The record's page: its content stream, its elements (the {@code Sect} in the number kept for
   * it, the others numbered from {@code next}) and the page's entry in the parent tree, each
   * marked-content id's owner. Returns the next free number.
   */
  private int writeRecord(Layouter.RecordPage r, List<StructElem> elements, int next, long[] offsets, Counting out)
      throws IOException {
    offsets[recordContentNumber] = out.count;
    out.write(ascii(recordContentNumber + " 0 obj\n<< /Filter /FlateDecode /Length " + r.encoded.length
        + " >>\nstream\n"));
    out.write(r.encoded);
    out.write(ascii("\nendstream\nendobj\n"));
    IdentityHashMap<StructElem, Integer> numbers = new IdentityHashMap<>();
    for (StructElem e : elements) {
      numbers.put(e, e == r.sect ? recordSectNumber : next++);
    }
    for (StructElem e : elements) {
      int self = numbers.get(e);
      offsets[self] = out.count;
      Bytes o = new Bytes(256);
      o.write(ascii(self + " 0 obj\n<< /Type /StructElem /S "));
      o.write(nameBytes(COSName.getPDFName(e.type)));
      int parent = e == r.sect ? documentNumber : -1;
      o.write(ascii(" /P " + (parent > 0 ? parent : parentOf(e, elements, numbers)) + " 0 R"));
      if (e.actualText != null) {
        o.write(ascii(" /ActualText "));
        COSWriter.writeString(new COSString(e.actualText), o);
      }
      StringBuilder k = new StringBuilder(" /K [");
      boolean marked = false;
      for (Object kid : e.kids) {
        if (kid instanceof StructElem) {
          k.append(numbers.get(kid)).append(" 0 R ");
        } else {
          k.append(((StructElem.Mcr) kid).mcid).append(' ');
          marked = true;
        }
      }
      if (marked) {
        o.write(ascii(" /Pg " + recordPageNumber + " 0 R"));
      }
      o.write(ascii(k.toString().strip() + "] >>\nendobj\n"));
      out.write(o.toByteArray());
    }
    offsets[recordParentsNumber] = out.count;
    StringBuilder owners = new StringBuilder(recordParentsNumber + " 0 obj\n[");
    for (StructElem e : r.owners) {
      owners.append(numbers.get(e)).append(" 0 R ");
    }
    out.write(ascii(owners.toString().strip() + "]\nendobj\n"));
    return next;
  }

  private static int parentOf(StructElem child, List<StructElem> elements, IdentityHashMap<StructElem, Integer> numbers) {
    for (StructElem e : elements) {
      for (Object kid : e.kids) {
        if (kid == child) {
          return numbers.get(e);
        }
      }
    }
    throw new IllegalStateException("an element of the record's page has no parent");
  }

  private byte[] appearance(int number, Slot s, String text) throws IOException {
    byte[] content = Appearances.textContent(font, s.width, s.height, s.multiline, text)
        .toString().getBytes(StandardCharsets.US_ASCII);
    boolean deflate = content.length > 600;
    if (deflate) {
      content = Layouter.deflate(content);
    }
    Bytes o = new Bytes(content.length + 256);
    o.write(ascii(number + " 0 obj\n<< /Type /XObject /Subtype /Form /BBox [0 0 "));
    new COSFloat(s.width).writePDF(o);
    o.write(' ');
    new COSFloat(s.height).writePDF(o);
    o.write(ascii("] /Resources << /Font << /" + FieldFont.NAME + " " + fieldFontNumber + " 0 R /" + FieldFont.FALLBACK
        + " " + fallbackFontNumber + " 0 R >> >>"
        + (deflate ? " /Filter /FlateDecode" : "") + " /Length " + content.length + " >>\nstream\n"));
    o.write(content);
    o.write(ascii("\nendstream\nendobj\n"));
    return o.toByteArray();
  }

  /** A dictionary of direct values only (names, strings, numbers). */
  private static void writeDirect(COSDictionary d, OutputStream out) throws IOException {
    out.write(ascii("<< "));
    for (Map.Entry<COSName, COSBase> e : d.entrySet()) {
      e.getKey().writePDF(out);
      out.write(' ');
      COSBase v = e.getValue();
      if (v instanceof COSString) {
        COSWriter.writeString((COSString) v, out);
      } else {
        v.accept(new LeafWriter(out));
      }
      out.write(' ');
    }
    out.write(ascii(">>"));
  }

  private static void writeStreamDictionary(COSStream s, int length, Numbers n, OutputStream out) throws IOException {
    out.write(ascii("<< "));
    for (Map.Entry<COSName, COSBase> e : s.entrySet()) {
      if (e.getKey().equals(COSName.LENGTH)) {
        continue;
      }
      e.getKey().writePDF(out);
      out.write(' ');
      n.write(e.getValue(), out, false);
      out.write(' ');
    }
    out.write(ascii("/Length " + length + " >>"));
  }

  private static final java.util.concurrent.ConcurrentHashMap<COSName, byte[]> NAMES =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** A name as PDF syntax ("/Type"), remembered for the few thousand names a document uses. */
  static byte[] nameBytes(COSName name) throws IOException {
    byte[] b = NAMES.get(name);
    if (b == null) {
      Bytes o = new Bytes(name.getName().length() + 4);
      name.writePDF(o);
      b = o.toByteArray();
      if (NAMES.size() < 20_000) {
        NAMES.put(name, b);
      }
    }
    return b;
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  /** Object numbers of the indirect objects, and writing objects with references by number. */
  private static final class Numbers {
    final IdentityHashMap<COSBase, Integer> numbers = new IdentityHashMap<>();
    final List<COSBase> order = new ArrayList<>();
    int next = 1;

    static COSBase deref(COSBase v) {
      return v instanceof COSObject ? ((COSObject) v).getObject() : v;
    }

    static boolean indirect(COSBase v) {
      return v instanceof COSStream || ((v instanceof COSDictionary || v instanceof COSArray) && !v.isDirect());
    }

    void number(COSBase v) {
      v = deref(v);
      if (v == null) {
        return;
      }
      if (indirect(v)) {
        if (numbers.containsKey(v)) {
          return;
        }
        numbers.put(v, next++);
        order.add(v);
      }
      if (v instanceof COSDictionary) {
        for (COSBase x : ((COSDictionary) v).getValues()) {
          number(x);
        }
      } else if (v instanceof COSArray) {
        for (COSBase x : (COSArray) v) {
          number(x);
        }
      }
    }

    /** The object's number, or 0 when the document does not hold it (a form with no fields has no field fonts). */
    int ofOrNone(COSBase v) {
      Integer k = numbers.get(deref(v));
      return k == null ? 0 : k;
    }

    int of(COSBase v) {
      Integer k = numbers.get(deref(v));
      if (k == null) {
        throw new IllegalStateException("an object the form needs is not in it");
      }
      return k;
    }

    void write(COSBase v, OutputStream out, boolean top) throws IOException {
      v = deref(v);
      if (v == null || v instanceof COSNull) {
        out.write(ascii("null"));
        return;
      }
      if (!top) {
        Integer k = numbers.get(v);
        if (k != null) {
          out.write(ascii(k + " 0 R"));
          return;
        }
      }
      if (v instanceof COSStream) {
        throw new IllegalStateException("a stream must be an indirect object");
      } else if (v instanceof COSDictionary) {
        out.write(ascii("<< "));
        for (Map.Entry<COSName, COSBase> e : ((COSDictionary) v).entrySet()) {
          out.write(nameBytes(e.getKey()));
          out.write(' ');
          write(e.getValue(), out, false);
          out.write(' ');
        }
        out.write(ascii(">>"));
      } else if (v instanceof COSArray) {
        out.write('[');
        boolean first = true;
        for (COSBase x : (COSArray) v) {
          if (!first) {
            out.write(' ');
          }
          first = false;
          write(x, out, false);
        }
        out.write(']');
      } else if (v instanceof COSString) {
        COSWriter.writeString((COSString) v, out);
      } else {
        v.accept(new LeafWriter(out));
      }
    }
  }

  /** Writes names, numbers and booleans as PDFBox does. */
  private static final class LeafWriter implements org.apache.pdfbox.cos.ICOSVisitor {
    private final OutputStream out;

    LeafWriter(OutputStream out) {
      this.out = out;
    }

    @Override
    public void visitFromArray(COSArray obj) {
      throw new IllegalStateException();
    }

    @Override
    public void visitFromBoolean(COSBoolean obj) throws IOException {
      obj.writePDF(out);
    }

    @Override
    public void visitFromDictionary(COSDictionary obj) {
      throw new IllegalStateException();
    }

    @Override
    public void visitFromDocument(org.apache.pdfbox.cos.COSDocument obj) {
      throw new IllegalStateException();
    }

    @Override
    public void visitFromFloat(COSFloat obj) throws IOException {
      obj.writePDF(out);
    }

    @Override
    public void visitFromInt(COSInteger obj) throws IOException {
      obj.writePDF(out);
    }

    @Override
    public void visitFromName(COSName obj) throws IOException {
      out.write(nameBytes(obj));
    }

    @Override
    public void visitFromNull(COSNull obj) throws IOException {
      obj.writePDF(out);
    }

    @Override
    public void visitFromStream(COSStream obj) {
      throw new IllegalStateException();
    }

    @Override
    public void visitFromString(COSString obj) throws IOException {
      COSWriter.writeString(obj, out);
    }
  }

  /** A buffered stream that counts what it writes. */
  private static final class Counting extends OutputStream {
    private final OutputStream out;
    private final byte[] buf;
    private int pos;
    long count;

    Counting(OutputStream out, int size) {
      this.out = out;
      this.buf = new byte[Math.min(size, 1 << 16)];
    }

    @Override
    public void write(int b) throws IOException {
      if (pos == buf.length) {
        drain();
      }
      buf[pos++] = (byte) b;
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      if (len >= buf.length) {
        drain();
        out.write(b, off, len);
      } else {
        if (pos + len > buf.length) {
          drain();
        }
        System.arraycopy(b, off, buf, pos, len);
        pos += len;
      }
      count += len;
    }

    private void drain() throws IOException {
      out.write(buf, 0, pos);
      pos = 0;
    }

    @Override
    public void flush() throws IOException {
      drain();
      out.flush();
    }
  }
}
