package org.evidencekit.redact.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** DOM helpers: the JDK's own parser and serialiser (never one found on the class path), no DTDs. */
final class Xml {
  static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

  private static final DocumentBuilderFactory FACTORY = factory();
  private static final TransformerFactory TRANSFORMERS = TransformerFactory.newDefaultInstance();

  private Xml() {}

  private static DocumentBuilderFactory factory() {
    DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
    f.setNamespaceAware(true);
    try {
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException(e);
    }
    f.setExpandEntityReferences(false);
    return f;
  }

  static Document parse(InputStream in, String where) {
    try {
      DocumentBuilder b = FACTORY.newDocumentBuilder();
      b.setErrorHandler(null);
      return b.parse(in);
    } catch (ParserConfigurationException | SAXException | IOException e) {
      throw new Unusable(where + ": not well-formed XML");
    }
  }

  static byte[] write(Document d) {
    try {
      Transformer t = TRANSFORMERS.newTransformer();
      t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
      t.setOutputProperty(OutputKeys.STANDALONE, "yes");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      t.transform(new DOMSource(d), new StreamResult(out));
      return out.toByteArray();
    } catch (TransformerException e) {
      throw new IllegalStateException("cannot write XML", e);
    }
  }

  /** The elements named {@code ns}:{@code local} under {@code root}, in document order (a copy). */
  static List<Element> all(Node root, String ns, String local) {
    NodeList nl = root instanceof Document ? ((Document) root).getElementsByTagNameNS(ns, local)
        : ((Element) root).getElementsByTagNameNS(ns, local);
    List<Element> out = new ArrayList<>(nl.getLength());
    for (int i = 0; i < nl.getLength(); i++) {
      out.add((Element) nl.item(i));
    }
    return out;
  }

  static Element child(Element e, String ns, String local) {
    for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (c instanceof Element && local.equals(c.getLocalName()) && ns.equals(c.getNamespaceURI())) {
        return (Element) c;
      }
    }
    return null;
  }

  static boolean is(Node n, String ns, String local) {
    return n instanceof Element && local.equals(n.getLocalName()) && ns.equals(n.getNamespaceURI());
  }

  static void remove(Node n) {
    if (n.getParentNode() != null) {
      n.getParentNode().removeChild(n);
    }
  }

  /** Replaces an element by its children. */
  static void unwrap(Element e) {
    Node parent = e.getParentNode();
    if (parent == null) {
      return;
    }
    while (e.getFirstChild() != null) {
      parent.insertBefore(e.getFirstChild(), e);
    }
    parent.removeChild(e);
  }

  /** The nearest ancestor named {@code ns}:{@code local}, or null. */
  static Element ancestor(Node n, String ns, String local) {
    for (Node p = n.getParentNode(); p != null; p = p.getParentNode()) {
      if (is(p, ns, local)) {
        return (Element) p;
      }
    }
    return null;
  }
}
