package org.evidencekit.render.pdf.internal;

import java.nio.charset.StandardCharsets;

/**
 * The document's XMP metadata, written as text (no XML library: it is fast, deterministic and
 * needs no transformer factory): title, language, dates, producer, the PDF/UA identification
 * (and PDF/A's when archival), and EvidenceKit's own properties naming the questionnaire, each
 * custom schema declared through the PDF/A extension schema as PDF/A requires.
 */
final class Xmp {
  static final String NS = "https://evidencekit.org/ns/pdf/1.0/";

  private Xmp() {}

  static byte[] of(DocumentMeta meta) {
    StringBuilder x = new StringBuilder(4096);
    x.append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n");
    x.append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n");
    x.append(" <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n");
    x.append("  <rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n");
    x.append("   <dc:format>application/pdf</dc:format>\n");
    x.append("   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">");
    escape(x, meta.title).append("</rdf:li></rdf:Alt></dc:title>\n");
    x.append("   <dc:language><rdf:Bag><rdf:li>");
    escape(x, meta.language).append("</rdf:li></rdf:Bag></dc:language>\n");
    x.append("  </rdf:Description>\n");
    x.append("  <rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n");
    meta.xmpDate().ifPresent(d -> {
      x.append("   <xmp:CreateDate>").append(d).append("</xmp:CreateDate>\n");
      x.append("   <xmp:ModifyDate>").append(d).append("</xmp:ModifyDate>\n");
      x.append("   <xmp:MetadataDate>").append(d).append("</xmp:MetadataDate>\n");
    });
    x.append("   <xmp:CreatorTool>").append(DocumentMeta.CREATOR).append("</xmp:CreatorTool>\n");
    x.append("  </rdf:Description>\n");
    x.append("  <rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n");
    x.append("   <pdf:Producer>").append(DocumentMeta.PRODUCER).append("</pdf:Producer>\n");
    x.append("  </rdf:Description>\n");
    x.append("  <rdf:Description rdf:about=\"\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n");
    x.append("   <pdfuaid:part>1</pdfuaid:part>\n");
    x.append("  </rdf:Description>\n");
    if (meta.archival) {
      x.append("  <rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n");
      x.append("   <pdfaid:part>2</pdfaid:part>\n");
      x.append("   <pdfaid:conformance>").append(DocumentMeta.PDFA_CONFORMANCE).append("</pdfaid:conformance>\n");
      x.append("  </rdf:Description>\n");
    }
    x.append("  <rdf:Description rdf:about=\"\" xmlns:evidencekit=\"").append(NS).append("\">\n");
    x.append("   <evidencekit:questionnaireId>");
    escape(x, meta.questionnaireId).append("</evidencekit:questionnaireId>\n");
    x.append("   <evidencekit:questionnaireVersion>");
    escape(x, meta.questionnaireVersion).append("</evidencekit:questionnaireVersion>\n");
    x.append("   <evidencekit:layout>").append(meta.layout).append("</evidencekit:layout>\n");
    x.append("  </rdf:Description>\n");
    x.append("  <rdf:Description rdf:about=\"\"")
        .append(" xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\"")
        .append(" xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\"")
        .append(" xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n");
    x.append("   <pdfaExtension:schemas><rdf:Bag>\n");
    schema(x, "PDF/UA Universal Accessibility Schema", "http://www.aiim.org/pdfua/ns/id/", "pdfuaid",
        new String[][] {{"part", "Integer", "Indicates, which part of ISO 14289 standard is followed"}});
    schema(x, "EvidenceKit questionnaire form", NS, "evidencekit",
        new String[][] {
          {"questionnaireId", "Text", "The id of the questionnaire this document is a form of"},
          {"questionnaireVersion", "Text", "The version of that questionnaire"},
          {"layout", "Text", "form, printed or answers-only"}
        });
    x.append("   </rdf:Bag></pdfaExtension:schemas>\n");
    x.append("  </rdf:Description>\n");
    x.append(" </rdf:RDF>\n");
    x.append("</x:xmpmeta>\n");
    x.append("<?xpacket end=\"r\"?>");
    return x.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void schema(StringBuilder x, String name, String uri, String prefix, String[][] properties) {
    x.append("    <rdf:li rdf:parseType=\"Resource\">\n");
    x.append("     <pdfaSchema:schema>").append(name).append("</pdfaSchema:schema>\n");
    x.append("     <pdfaSchema:namespaceURI>").append(uri).append("</pdfaSchema:namespaceURI>\n");
    x.append("     <pdfaSchema:prefix>").append(prefix).append("</pdfaSchema:prefix>\n");
    x.append("     <pdfaSchema:property><rdf:Seq>\n");
    for (String[] p : properties) {
      x.append("      <rdf:li rdf:parseType=\"Resource\">")
          .append("<pdfaProperty:name>").append(p[0]).append("</pdfaProperty:name>")
          .append("<pdfaProperty:valueType>").append(p[1]).append("</pdfaProperty:valueType>")
          .append("<pdfaProperty:category>internal</pdfaProperty:category>")
          .append("<pdfaProperty:description>").append(p[2]).append("</pdfaProperty:description>")
          .append("</rdf:li>\n");
    }
    x.append("     </rdf:Seq></pdfaSchema:property>\n");
    x.append("    </rdf:li>\n");
  }

  private static StringBuilder escape(StringBuilder x, String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<':
          x.append("&lt;");
          break;
        case '>':
          x.append("&gt;");
          break;
        case '&':
          x.append("&amp;");
          break;
        case '"':
          x.append("&quot;");
          break;
        default:
          if (c < 0x20 && c != '\t' && c != '\n') {
            x.append(' ');
          } else {
            x.append(c);
          }
      }
    }
    return x;
  }
}
