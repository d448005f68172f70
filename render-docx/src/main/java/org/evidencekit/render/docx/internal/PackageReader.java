package org.evidencekit.render.docx.internal;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.evidencekit.model.DocumentException.Reason;
import org.evidencekit.model.DocumentException;
import org.evidencekit.model.Password;
import org.evidencekit.model.spi.ReadOptions;

/**
 * Opens a Word document as untrusted input and reads the parts a form is read from, in one pass
 * and in bounded memory: the document is read only up to {@link ReadOptions#maxBytes()}; no part
 * may inflate to more than {@link #MAX_PART_INFLATED} (32 MiB) or that size, whichever is less,
 * and all parts together to no more than {@link #MAX_TOTAL_INFLATED} (128 MiB): an absolute budget,
 * not a ratio, so a long run of one letter (which packs a thousand times) is read while a zip
 * bomb is refused; at most 1,000 parts. An encrypted
 * document (an OLE2 container) is decrypted in memory with the password given.
 */
public final class PackageReader {
  static final int MAX_ENTRIES = 1000;
  /** The most bytes one part may inflate to. */
  static final long MAX_PART_INFLATED = 32L << 20;
  /** The most bytes all the parts together may inflate to. */
  static final long MAX_TOTAL_INFLATED = 128L << 20;
  private static final byte[] ZIP = {'P', 'K', 3, 4};
  private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
  static final String ODT_CONTENT = "content.xml";
  static final String ODT_META = "meta.xml";
  private static final Pattern RECORD_PART = Pattern.compile("customXml/item\\d{1,4}\\.xml");
  private static final Pattern UNSAFE_IN_NAME = Pattern.compile("[^A-Za-z0-9._/\\[\\]-]");

  /** What was read from a document. */
  public static final class Contents {
    final Map<String, String> properties = new HashMap<>();
    Optional<ResponseRecord> record = Optional.empty();
    DocModel model;
    boolean document;
    boolean odt;
    /** A record part was there but could not be read (LibreOffice may have emptied it). */
    boolean recordDamaged;
    String application;

    public Map<String, String> properties() {
      return properties;
    }

    public Optional<ResponseRecord> record() {
      return record;
    }

    /** Whether a main part was found: a Word document's, or an OpenDocument text's. */
    public boolean hasDocument() {
      return document;
    }

    /** Whether the document is an OpenDocument text (.odt) rather than a Word document. */
    public boolean isOdt() {
      return odt;
    }

    public boolean recordDamaged() {
      return recordDamaged;
    }
  }

  private final ReadOptions options;
  private final SlotTable table;
  private final XMLInputFactory xml = SafeXml.factory();

  private PackageReader(ReadOptions options, SlotTable table) {
    this.options = options;
    this.table = table;
  }

  /**
   * Reads the document: its properties and record, and, if a table is given, its controls.
   *
   * @throws DocumentException if it cannot be read safely, or needs a password not given
   */
  public static Contents read(InputStream document, ReadOptions options, SlotTable table) throws IOException {
    return new PackageReader(options, table).read(document);
  }

  private Contents read(InputStream document) throws IOException {
    long max = options.maxBytes();
    InputStream in = new BufferedInputStream(new Limited(document, max, "The document"), 8192);
    in.mark(8);
    byte[] magic = in.readNBytes(8);
    in.reset();
    if (startsWith(magic, ZIP)) {
      return unzip(in);
    }
    if (startsWith(magic, OLE2)) {
      return decrypt(in);
    }
    if (magic.length == 0) {
      throw new DocumentException(Reason.MALFORMED, "The document is empty: it is not a Word document");
    }
    throw new DocumentException(
        Reason.MALFORMED, "The document is not a Word document (.docx): it is neither a zip package nor encrypted");
  }

  private static boolean startsWith(byte[] b, byte[] prefix) {
    return b.length >= prefix.length && Arrays.equals(b, 0, prefix.length, prefix, 0, prefix.length);
  }

  private Contents decrypt(InputStream in) throws IOException {
    POIFSFileSystem fs;
    try {
      fs = new POIFSFileSystem(in);
    } catch (DocumentException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw new DocumentException(Reason.MALFORMED, "The document is damaged: its OLE2 container cannot be read");
    }
    try (fs) {
      if (!AgileEncryption.isEncryptedPackage(fs)) {
        throw new DocumentException(
            Reason.NOT_OUR_FORM,
            "The document is an older Word (.doc) or other OLE2 file, not a form made by EvidenceKit");
      }
      Optional<Password> password = options.password();
      if (password.isEmpty()) {
        throw new DocumentException(
            Reason.PASSWORD_REQUIRED, "The document is protected by a password: give the password to open it");
      }
      AgileEncryption.Opener opener;
      AgileEncryption.Outcome outcome;
      char[] chars = password.get().chars();
      try {
        opener = new AgileEncryption.Opener(fs);
        outcome = opener.check(chars);
      } catch (GeneralSecurityException | IOException | RuntimeException e) {
        throw new DocumentException(
            Reason.MALFORMED, "The document's encryption cannot be read: it is damaged or of a kind not supported");
      } finally {
        Arrays.fill(chars, '\0');
      }
      if (outcome == AgileEncryption.Outcome.WRONG_PASSWORD) {
        throw new DocumentException(Reason.WRONG_PASSWORD, "The password does not open the document");
      }
      if (outcome == AgileEncryption.Outcome.ALTERED) {
        throw new DocumentException(
            Reason.MALFORMED, "The encrypted document has been altered or damaged: its integrity check fails");
      }
      InputStream plain;
      try {
        plain = opener.open();
      } catch (GeneralSecurityException | RuntimeException e) {
        throw new DocumentException(Reason.MALFORMED, "The encrypted document cannot be decrypted: it is damaged");
      }
      if (opener.length() > options.maxBytes()) {
        throw new DocumentException(
            Reason.UNSAFE, "The encrypted document holds more than the limit of " + options.maxBytes() + " bytes");
      }
      try (InputStream p = new Limited(plain, options.maxBytes(), "The decrypted document")) {
        byte[] magic = new byte[4];
        BufferedInputStream b = new BufferedInputStream(p, 8192);
        b.mark(4);
        int n = b.readNBytes(magic, 0, 4);
        b.reset();
        if (n < 4 || !startsWith(magic, ZIP)) {
          throw new DocumentException(
              Reason.NOT_OUR_FORM, "The encrypted document is not a Word document (.docx)");
        }
        return unzip(b);
      }
    }
  }

  private Contents unzip(InputStream in) throws IOException {
    Contents contents = new Contents();
    Counting counting = new Counting(in);
    Set<String> names = new HashSet<>();
    long total = 0;
    int entries = 0;
    try (ZipInputStream zip = new ZipInputStream(counting)) {
      for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
        if (++entries > MAX_ENTRIES) {
          throw new DocumentException(
              Reason.UNSAFE, "The document has more than " + MAX_ENTRIES + " parts; it is refused as unsafe");
        }
        String name = e.getName();
        if (!names.add(name)) {
          throw new DocumentException(Reason.MALFORMED, "The document holds the part " + safeName(name) + " twice");
        }
        Guard part = new Guard(zip, counting, Math.min(MAX_PART_INFLATED, options.maxBytes()), safeName(name));
        if (name.equals(Parts.DOCUMENT)) {
          contents.document = true;
          if (table != null) {
            contents.model = parse(part, name, x -> FormParser.parse(table, x));
          }
        } else if (name.equals(ODT_CONTENT)) {
          contents.document = true;
          contents.odt = true;
          if (table != null) {
            contents.model = parse(part, name, x -> OdtParser.parse(table, x));
          }
        } else if (name.equals(ODT_META)) {
          contents.properties.putAll(parse(part, name, OdtParser::properties));
        } else if (name.equals(Parts.CUSTOM_PROPERTIES)) {
          contents.properties.putAll(parse(part, name, PackageReader::properties));
        } else if (name.equals(Parts.APP_PROPERTIES)) {
          contents.application = parse(part, name, PackageReader::application);
        } else if (RECORD_PART.matcher(name).matches() && contents.record.isEmpty()) {
          try {
            contents.record = parse(part, name, PackageReader::record);
          } catch (DocumentException damaged) {
            if (damaged.reason() != Reason.MALFORMED) {
              throw damaged;
            }
            // LibreOffice writes a data-bound part empty when a value holds & or <: the answers
            // are in the document; only what the record alone keeps is lost
            contents.recordDamaged = true;
          }
        }
        part.drain();
        total += part.inflated;
        if (total > MAX_TOTAL_INFLATED) {
          throw new DocumentException(
              Reason.UNSAFE, "The document's parts inflate to more than " + (MAX_TOTAL_INFLATED >> 20) + " MiB;"
                  + " it is refused as unsafe");
        }
      }
    } catch (ZipException | IllegalArgumentException e) {
      // IllegalArgumentException: an entry's name that is not UTF-8 (ZipInputStream, found by fuzzing)
      throw new DocumentException(Reason.MALFORMED, "The document is damaged: its zip package cannot be read");
    } catch (java.io.EOFException e) {
      throw new DocumentException(Reason.MALFORMED, "The document is damaged: its zip package ends too soon");
    }
    if (entries == 0) {
      throw new DocumentException(Reason.MALFORMED, "The document is not a Word document: its zip package is empty");
    }
    if (contents.model != null) {
      contents.model.flagsKept =
          !contents.odt && (contents.application == null || !contents.application.strip().startsWith("LibreOffice"));
    }
    return contents;
  }

  private static String safeName(String name) {
    String s = name.length() > 80 ? name.substring(0, 80) + "..." : name;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean safe = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_'
          || c == '/' || c == '[' || c == ']' || c == '-';
      if (!safe) {
        return UNSAFE_IN_NAME.matcher(s).replaceAll("_");
      }
    }
    return s; // every part name a word processor writes
  }

  private interface XmlRead<T> {
    T read(XMLStreamReader x) throws XMLStreamException;
  }

  private <T> T parse(InputStream part, String name, XmlRead<T> read) throws IOException {
    try {
      XMLStreamReader x = SafeXml.reader(xml, part, safeName(name));
      try {
        return read.read(x);
      } finally {
        x.close();
      }
    } catch (XMLStreamException e) {
      if (e.getCause() instanceof DocumentException) {
        throw (DocumentException) e.getCause();
      }
      if (e.getNestedException() instanceof java.nio.charset.CharacterCodingException) {
        throw new DocumentException(
            Reason.MALFORMED, "The document's part " + safeName(name) + " is not UTF-8 or UTF-16 text");
      }
      if (e.getNestedException() instanceof java.io.EOFException) {
        throw new DocumentException(Reason.MALFORMED, "The document is damaged: its zip package ends too soon");
      }
      String where =
          e.getLocation() == null
              ? ""
              : " (line " + e.getLocation().getLineNumber() + ", column " + e.getLocation().getColumnNumber() + ")";
      throw new DocumentException(
          Reason.MALFORMED, "The document's part " + safeName(name) + " is not well-formed XML" + where);
    } catch (IllegalArgumentException e) {
      throw new DocumentException(
          Reason.MALFORMED, "The document's part " + safeName(name) + " cannot be read: " + e.getMessage());
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new DocumentException(
          Reason.MALFORMED, "The document's part " + safeName(name) + " is not UTF-8 or UTF-16 text");
    }
  }

  private static Map<String, String> properties(XMLStreamReader x) throws XMLStreamException {
    Map<String, String> out = new HashMap<>();
    String name = null;
    while (x.hasNext()) {
      int e = x.next();
      if (e == XMLStreamConstants.START_ELEMENT) {
        if ("property".equals(x.getLocalName())) {
          name = x.getAttributeValue(null, "name");
        } else if (name != null) {
          out.putIfAbsent(name, x.getElementText());
          name = null;
        }
      }
    }
    return out;
  }

  /** The name of the program that saved the document ({@code Application} in docProps/app.xml). */
  private static String application(XMLStreamReader x) throws XMLStreamException {
    while (x.hasNext()) {
      if (x.next() == XMLStreamConstants.START_ELEMENT && "Application".equals(x.getLocalName())) {
        return x.getElementText();
      }
    }
    return null;
  }

  private static Optional<ResponseRecord> record(XMLStreamReader x) throws XMLStreamException {
    return ResponseRecord.read(x);
  }

  /** Stops reading a stream past a limit. */
  static final class Limited extends FilterInputStream {
    private final long max;
    private final String what;
    private long count;

    Limited(InputStream in, long max, String what) {
      super(in);
      this.max = max;
      this.what = what;
    }

    private void add(long n) {
      if (n > 0 && (count += n) > max) {
        throw new DocumentException(
            Reason.UNSAFE, what + " is larger than the limit of " + max + " bytes; it is refused as unsafe");
      }
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        add(1);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      add(n);
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long s = super.skip(n);
      add(s);
      return s;
    }

    @Override
    public boolean markSupported() {
      return false;
    }
  }

  /** Counts the compressed bytes a zip stream has read. */
  static final class Counting extends FilterInputStream {
    long count;

    Counting(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long s = super.skip(n);
      count += Math.max(0, s);
      return s;
    }

    @Override
    public boolean markSupported() {
      return false;
    }
  }

  /** One part of a zip: refuses to inflate past the size limit or the ratio of a zip bomb; never closes the zip. */
  static final class Guard extends InputStream {
    private final ZipInputStream zip;
    private final Counting compressed;
    private final long start;
    private final long max;
    private final String name;
    long inflated;

    Guard(ZipInputStream zip, Counting compressed, long max, String name) {
      this.zip = zip;
      this.compressed = compressed;
      this.start = compressed.count;
      this.max = max;
      this.name = name;
    }

    private void add(int n) {
      if (n <= 0) {
        return;
      }
      inflated += n;
      if (inflated > max) {
        throw new DocumentException(
            Reason.UNSAFE,
            "The document's part " + name + " inflates to more than the limit of "
                + (max >= 1 << 20 ? (max >> 20) + " MiB" : max + " bytes") + "; it is refused as unsafe");
      }
    }

    @Override
    public int read() throws IOException {
      int b = zip.read();
      if (b >= 0) {
        add(1);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = zip.read(b, off, len);
      add(n);
      return n;
    }

    void drain() throws IOException {
      byte[] buf = new byte[8192];
      while (read(buf, 0, buf.length) >= 0) {
        // read to the end, counting
      }
    }

    @Override
    public void close() {
      // the zip stays open for the next part
    }
  }
}
