package org.evidencekit.render.docx;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A normalised text dump of a {@code word/document.xml}: one line per paragraph with its style
 * and text, content controls shown in place as {@code [kind "title"]} (with a check box's state
 * and a text control's text), tables as {@code table "caption"} ... {@code end table}. What a
 * golden file compares: it changes when what a reader sees changes, not when bytes move.
 */
final class DocumentDump {
  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  private static final String W14 = "http://schemas.microsoft.com/office/word/2010/wordml";

  private DocumentDump() {}

  private static final class Control {
    String alias = "";
    String kind = "rich";
    boolean checked;
    boolean inPr;
    boolean block;
    boolean placeholder;
    final StringBuilder text = new StringBuilder();
  }

  static String of(String documentXml) {
    try {
      XMLInputFactory f = XMLInputFactory.newDefaultFactory();
      f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
      XMLStreamReader x = f.createXMLStreamReader(new StringReader(documentXml));
      StringBuilder out = new StringBuilder();
      StringBuilder line = new StringBuilder();
      Deque<Control> controls = new ArrayDeque<>();
      String style = "";
      int paragraphs = 0;
      boolean inText = false;
      String indent = "";
      while (x.hasNext()) {
        int e = x.next();
        if (e == XMLStreamConstants.START_ELEMENT) {
          String local = x.getLocalName();
          Control c = controls.peek();
          if (W14.equals(x.getNamespaceURI()) && c != null && c.inPr) {
            if ("checkbox".equals(local)) {
              c.kind = "checkbox";
            } else if ("checked".equals(local)) {
              c.checked = "1".equals(x.getAttributeValue(W14, "val"));
            }
            continue;
          }
          if (!W.equals(x.getNamespaceURI())) {
            continue;
          }
          switch (local) {
            case "p":
              paragraphs++;
              style = "Normal";
              line.setLength(0);
              break;
            case "pStyle":
              style = x.getAttributeValue(W, "val");
              break;
            case "t":
              inText = true;
              break;
            case "tab":
              if (c == null || !c.inPr) {
                text(line, controls, "\\t");
              }
              break;
            case "br":
              text(line, controls, "\\n");
              break;
            case "tbl":
              out.append(indent).append("table");
              break;
            case "tblCaption":
              out.append(" \"").append(x.getAttributeValue(W, "val")).append('"');
              break;
            case "tblPr":
              break;
            case "tr":
              out.append('\n');
              indent = indent + "  ";
              break;
            case "sdt":
              Control n = new Control();
              n.block = paragraphs == 0;
              controls.push(n);
              break;
            case "sdtPr":
              c.inPr = true;
              break;
            case "alias":
              c.alias = x.getAttributeValue(W, "val");
              break;
            case "text":
              if (c != null && c.inPr) {
                c.kind = "text";
              }
              break;
            case "showingPlcHdr":
              c.placeholder = true;
              break;
            case "sdtContent":
              c.inPr = false;
              if (c.block) {
                out.append(indent).append("[").append(c.kind).append(" \"").append(c.alias).append("\"")
                    .append(c.placeholder ? " placeholder" : "").append("]\n");
              }
              break;
            default:
              break;
          }
        } else if (e == XMLStreamConstants.CHARACTERS && inText) {
          text(line, controls, x.getText());
        } else if (e == XMLStreamConstants.END_ELEMENT && W.equals(x.getNamespaceURI())) {
          switch (x.getLocalName()) {
            case "t":
              inText = false;
              break;
            case "p":
              paragraphs--;
              out.append(indent).append(style).append(": ").append(line.toString().strip()).append('\n');
              break;
            case "tr":
              indent = indent.substring(2);
              break;
            case "tbl":
              out.append(indent).append("end table\n");
              break;
            case "sdt":
              Control c = controls.pop();
              if (!c.block) {
                if (c.kind.equals("checkbox")) {
                  line.append(c.checked ? "[x] " : "[ ] ").append("[checkbox \"").append(c.alias).append("\"]");
                } else {
                  line.append("[").append(c.kind).append(" \"").append(c.alias).append("\" ")
                      .append(c.placeholder ? "placeholder: " : "= ").append(c.text).append("]");
                }
              }
              break;
            default:
              break;
          }
        }
      }
      return out.toString();
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void text(StringBuilder line, Deque<Control> controls, String t) {
    Control c = controls.peek();
    if (c != null && !c.block) {
      c.text.append(t);
    } else {
      line.append(t);
    }
  }
}
