package org.evidencekit.render.docx.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.evidencekit.model.DocumentException;

/**
 * Reading untrusted XML: the JDK's own StAX parser (whatever else is on the class path), no DTDs,
 * no external entities; a document type declaration, which no Word part has, is refused.
 */
public final class SafeXml {
  private SafeXml() {}

  public static XMLInputFactory factory() {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    f.setProperty(XMLInputFactory.IS_COALESCING, false);
    return f;
  }

  /**
   * A reader that refuses a DTD as soon as it meets one. The bytes are decoded here (UTF-8, or
   * UTF-16 after its byte-order mark) so that a malformed byte is an exception: the JDK's parser
   * would print a "[Fatal Error]" line to the console first.
   */
  public static XMLStreamReader reader(XMLInputFactory f, InputStream in, String part)
      throws XMLStreamException, IOException {
    XMLStreamReader x = f.createXMLStreamReader(decoded(in));
    return new javax.xml.stream.util.StreamReaderDelegate(x) {
      @Override
      public int next() throws XMLStreamException {
        int e = super.next();
        if (e == XMLStreamConstants.DTD) {
          throw new DocumentException(
              DocumentException.Reason.UNSAFE,
              "The document's part " + part + " declares a document type (DTD), which Word documents never do;"
                  + " it is refused as unsafe");
        }
        if (e == XMLStreamConstants.ENTITY_REFERENCE) {
          throw new DocumentException(
              DocumentException.Reason.UNSAFE,
              "The document's part " + part + " refers to an entity, which Word documents never do;"
                  + " it is refused as unsafe");
        }
        return e;
      }
    };
  }

  private static Reader decoded(InputStream raw) throws IOException {
    BufferedInputStream in = new BufferedInputStream(raw, 8192);
    in.mark(3);
    int b0 = in.read();
    int b1 = in.read();
    int b2 = in.read();
    in.reset();
    Charset charset = StandardCharsets.UTF_8;
    long skip = 0;
    if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
      skip = 3;
    } else if (b0 == 0xFE && b1 == 0xFF) {
      charset = StandardCharsets.UTF_16BE;
      skip = 2;
    } else if (b0 == 0xFF && b1 == 0xFE) {
      charset = StandardCharsets.UTF_16LE;
      skip = 2;
    }
    in.skipNBytes(skip);
    return new InputStreamReader(
        in,
        charset.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT));
  }
}
