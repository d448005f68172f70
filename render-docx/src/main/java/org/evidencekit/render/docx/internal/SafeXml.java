package org.evidencekit.render.docx.internal;

import java.io.InputStream;
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

  /** A reader that refuses a DTD as soon as it meets one. */
  public static XMLStreamReader reader(XMLInputFactory f, InputStream in, String part) throws XMLStreamException {
    XMLStreamReader x = f.createXMLStreamReader(in);
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
}
