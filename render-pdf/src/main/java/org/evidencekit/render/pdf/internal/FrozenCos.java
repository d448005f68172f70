package org.evidencekit.render.pdf.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;

/**
 * An immutable snapshot of a tree of PDF objects (a font with its descriptor, widths, ToUnicode
 * map and font file), taken once and turned into fresh objects for each document with {@link
 * #thaw}. Streams keep their encoded bytes, so a 400 KB font is compressed once per process, not
 * once per document. Thread-safe: nothing here changes after {@link #freeze}.
 */
public final class FrozenCos {
  private final Node root;

  private FrozenCos(Node root) {
    this.root = root;
  }

  /** Snapshots a dictionary and everything it reaches. */
  public static FrozenCos freeze(COSDictionary dictionary) {
    try {
      return new FrozenCos(freeze(dictionary, new IdentityHashMap<>()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** New objects equal to the snapshot, owned by {@code document}. */
  public COSDictionary thaw(COSDocument document) {
    try {
      return (COSDictionary) root.thaw(document, new IdentityHashMap<>());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Node freeze(COSBase base, Map<COSBase, Node> seen) throws IOException {
    if (base instanceof COSObject) {
      base = ((COSObject) base).getObject();
    }
    if (base == null || base instanceof COSNull) {
      return Leaf.NULL;
    }
    Node known = seen.get(base);
    if (known != null) {
      return known;
    }
    Node node;
    if (base instanceof COSStream) {
      COSStream s = (COSStream) base;
      byte[] raw;
      try (InputStream in = s.createRawInputStream()) {
        raw = in.readAllBytes();
      }
      DictNode dict = new DictNode(s.isDirect());
      node = new StreamNode(dict, raw);
      seen.put(base, node);
      fill(dict, s, seen);
      dict.entries.removeIf(e -> e.key.equals(COSName.LENGTH));
    } else if (base instanceof COSDictionary) {
      DictNode dict = new DictNode(base.isDirect());
      node = dict;
      seen.put(base, node);
      fill(dict, (COSDictionary) base, seen);
    } else if (base instanceof COSArray) {
      ArrayNode array = new ArrayNode(base.isDirect());
      node = array;
      seen.put(base, node);
      for (COSBase item : (COSArray) base) {
        array.items.add(freeze(item, seen));
      }
    } else if (base instanceof COSName
        || base instanceof COSInteger
        || base instanceof COSFloat
        || base instanceof COSBoolean) {
      node = new Leaf(base); // immutable values, safe to share between documents
    } else if (base instanceof COSString) {
      node = new StringNode(((COSString) base).getBytes());
    } else {
      throw new IllegalArgumentException("Cannot snapshot " + base.getClass().getSimpleName());
    }
    return node;
  }

  private static void fill(DictNode dict, COSDictionary from, Map<COSBase, Node> seen)
      throws IOException {
    for (Map.Entry<COSName, COSBase> e : from.entrySet()) {
      dict.entries.add(new Entry(e.getKey(), freeze(e.getValue(), seen)));
    }
  }

  private abstract static class Node {
    abstract COSBase thaw(COSDocument doc, Map<Node, COSBase> made) throws IOException;
  }

  private static final class Leaf extends Node {
    static final Leaf NULL = new Leaf(COSNull.NULL);
    final COSBase value;

    Leaf(COSBase value) {
      this.value = value;
    }

    @Override
    COSBase thaw(COSDocument doc, Map<Node, COSBase> made) {
      return value;
    }
  }

  private static final class StringNode extends Node {
    final byte[] bytes;

    StringNode(byte[] bytes) {
      this.bytes = bytes;
    }

    @Override
    COSBase thaw(COSDocument doc, Map<Node, COSBase> made) {
      return new COSString(bytes.clone());
    }
  }

  private static final class Entry {
    final COSName key;
    final Node value;

    Entry(COSName key, Node value) {
      this.key = key;
      this.value = value;
    }
  }

  private static final class DictNode extends Node {
    final boolean direct;
    final List<Entry> entries = new ArrayList<>();

    DictNode(boolean direct) {
      this.direct = direct;
    }

    @Override
    COSBase thaw(COSDocument doc, Map<Node, COSBase> made) throws IOException {
      COSBase known = made.get(this);
      if (known != null) {
        return known;
      }
      COSDictionary d = new COSDictionary();
      d.setDirect(direct);
      made.put(this, d);
      fillInto(d, doc, made);
      return d;
    }

    void fillInto(COSDictionary d, COSDocument doc, Map<Node, COSBase> made) throws IOException {
      for (Entry e : entries) {
        d.setItem(e.key, e.value.thaw(doc, made));
      }
    }
  }

  private static final class ArrayNode extends Node {
    final boolean direct;
    final List<Node> items = new ArrayList<>();

    ArrayNode(boolean direct) {
      this.direct = direct;
    }

    @Override
    COSBase thaw(COSDocument doc, Map<Node, COSBase> made) throws IOException {
      COSBase known = made.get(this);
      if (known != null) {
        return known;
      }
      COSArray a = new COSArray();
      a.setDirect(direct);
      made.put(this, a);
      for (Node n : items) {
        a.add(n.thaw(doc, made));
      }
      return a;
    }
  }

  private static final class StreamNode extends Node {
    final DictNode dict;
    final byte[] raw;

    StreamNode(DictNode dict, byte[] raw) {
      this.dict = dict;
      this.raw = raw;
    }

    @Override
    COSBase thaw(COSDocument doc, Map<Node, COSBase> made) throws IOException {
      COSBase known = made.get(this);
      if (known != null) {
        return known;
      }
      COSStream s = doc.createCOSStream();
      made.put(this, s);
      dict.fillInto(s, doc, made);
      try (OutputStream out = s.createRawOutputStream()) {
        out.write(raw);
      }
      return s;
    }
  }
}
