package org.evidencekit.redact.internal;

import java.awt.geom.Point2D;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.contentstream.PDContentStream;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.state.Concatenate;
import org.apache.pdfbox.contentstream.operator.state.Restore;
import org.apache.pdfbox.contentstream.operator.state.Save;
import org.apache.pdfbox.contentstream.operator.state.SetGraphicsStateParameters;
import org.apache.pdfbox.contentstream.operator.state.SetMatrix;
import org.apache.pdfbox.contentstream.operator.text.BeginText;
import org.apache.pdfbox.contentstream.operator.text.EndText;
import org.apache.pdfbox.contentstream.operator.text.MoveText;
import org.apache.pdfbox.contentstream.operator.text.MoveTextSetLeading;
import org.apache.pdfbox.contentstream.operator.text.NextLine;
import org.apache.pdfbox.contentstream.operator.text.SetCharSpacing;
import org.apache.pdfbox.contentstream.operator.text.SetFontAndSize;
import org.apache.pdfbox.contentstream.operator.text.SetTextHorizontalScaling;
import org.apache.pdfbox.contentstream.operator.text.SetTextLeading;
import org.apache.pdfbox.contentstream.operator.text.SetTextRenderingMode;
import org.apache.pdfbox.contentstream.operator.text.SetTextRise;
import org.apache.pdfbox.contentstream.operator.text.SetWordSpacing;
import org.apache.pdfbox.contentstream.operator.text.ShowText;
import org.apache.pdfbox.contentstream.operator.text.ShowTextAdjusted;
import org.apache.pdfbox.contentstream.operator.text.ShowTextLine;
import org.apache.pdfbox.contentstream.operator.text.ShowTextLineAndSpace;
import org.apache.pdfbox.contentstream.operator.DrawObject;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDTransparencyGroup;
import org.apache.pdfbox.pdmodel.graphics.state.PDTextState;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * Follows a page's content streams (and the forms they draw) as PDFBox shows them, and records
 * for every glyph shown: which stream, which operator (by its position among the stream's
 * operators), which string of it and which bytes, its text and its box on the page, and how far
 * it moves the text position (so a removed glyph can be replaced by a TJ adjustment).
 */
final class GlyphCollector extends PDFStreamEngine {
  /** A content stream: a page's or a form's. */
  static final class Stream {
    final PDPage page;
    final PDFormXObject form;
    int operators;
    int strings;
    int operator;

    Stream(PDPage page, PDFormXObject form) {
      this.page = page;
      this.form = form;
    }

    PDContentStream content() {
      return form != null ? form : page;
    }
  }

  /** One glyph shown. */
  static final class Glyph {
    Stream stream;
    int operator;
    int string;
    int byteStart;
    int byteEnd;
    String text;
    float x0;
    float y0;
    float x1;
    float y1;
    float baseline;
    float size;
    double adjust;
    boolean visible;
  }

  private final Map<Object, Stream> streams;
  private final Deque<Stream> stack = new ArrayDeque<>();
  private final Deque<int[]> codes = new ArrayDeque<>();
  final List<Glyph> glyphs = new ArrayList<>();
  int images;

  GlyphCollector(Map<Object, Stream> streams) {
    this.streams = streams;
    addOperator(new BeginText(this));
    addOperator(new Concatenate(this));
    addOperator(new DrawObject(this));
    addOperator(new EndText(this));
    addOperator(new SetGraphicsStateParameters(this));
    addOperator(new MoveText(this));
    addOperator(new MoveTextSetLeading(this));
    addOperator(new NextLine(this));
    addOperator(new Restore(this));
    addOperator(new Save(this));
    addOperator(new SetCharSpacing(this));
    addOperator(new SetFontAndSize(this));
    addOperator(new SetMatrix(this));
    addOperator(new SetTextHorizontalScaling(this));
    addOperator(new SetTextLeading(this));
    addOperator(new SetTextRenderingMode(this));
    addOperator(new SetTextRise(this));
    addOperator(new SetWordSpacing(this));
    addOperator(new ShowText(this));
    addOperator(new ShowTextAdjusted(this));
    addOperator(new ShowTextLine(this));
    addOperator(new ShowTextLineAndSpace(this));
  }

  static GlyphCollector collect(PDPage page, Map<Object, Stream> streams) throws IOException {
    GlyphCollector c = new GlyphCollector(streams);
    Stream s = new Stream(page, null);
    streams.put(page.getCOSObject(), s);
    c.stack.push(s);
    c.processPage(page);
    c.stack.pop();
    return c;
  }

  static Map<Object, Stream> newStreams() {
    return new IdentityHashMap<>();
  }

  @Override
  public void showForm(PDFormXObject form) throws IOException {
    enter(form);
    try {
      super.showForm(form);
    } finally {
      stack.pop();
    }
  }

  @Override
  public void showTransparencyGroup(PDTransparencyGroup form) throws IOException {
    enter(form);
    try {
      super.showTransparencyGroup(form);
    } finally {
      stack.pop();
    }
  }

  private void enter(PDFormXObject form) {
    Stream s = streams.computeIfAbsent(form.getCOSObject(), k -> new Stream(stack.peek().page, form));
    s.operator = 0;
    stack.push(s);
  }

  @Override
  protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
    Stream s = stack.peek();
    s.operators = s.operator;
    s.strings = 0;
    s.operator++;
    String name = operator.getName();
    if (name.equals("BI")) {
      images++;
    } else if (name.equals("Do") && !operands.isEmpty() && operands.get(0) instanceof COSName
        && getResources() != null && getResources().isImageXObject((COSName) operands.get(0))) {
      images++;
    }
    super.processOperator(operator, operands);
  }

  @Override
  protected void showText(byte[] string) throws IOException {
    PDFont font = getGraphicsState().getTextState().getFont();
    codes.clear();
    if (font != null) {
      ByteArrayInputStream in = new ByteArrayInputStream(string);
      int pos = 0;
      while (in.available() > 0) {
        int before = in.available();
        int code = font.readCode(in);
        int len = before - in.available();
        codes.add(new int[] {pos, pos + len, code});
        pos += len;
      }
    }
    super.showText(string);
    stack.peek().strings++;
  }

  @Override
  protected void showGlyph(Matrix trm, PDFont font, int code, Vector displacement) throws IOException {
    int[] c = codes.poll();
    if (c == null) {
      return;
    }
    Stream s = stack.peek();
    Glyph g = new Glyph();
    g.stream = s;
    g.operator = s.operators;
    g.string = s.strings;
    g.byteStart = c[0];
    g.byteEnd = c[1];
    String u = font.toUnicode(code);
    g.text = u == null || u.isEmpty() ? "\uFFFD" : u;
    PDTextState ts = getGraphicsState().getTextState();
    float fs = ts.getFontSize();
    double tw = (c[1] - c[0] == 1 && code == 32) ? ts.getWordSpacing() : 0;
    g.adjust = fs == 0 ? 0 : (displacement.getX() * fs + ts.getCharacterSpacing() + tw) / fs * 1000;
    PDFontDescriptor fd = font.getFontDescriptor();
    float ascent = fd != null && fd.getAscent() > 0 ? fd.getAscent() / 1000 : 0.8f;
    float descent = fd != null && fd.getDescent() < 0 ? fd.getDescent() / 1000 : -0.2f;
    float w = displacement.getX();
    float[][] corners = {{0, descent}, {w, descent}, {0, ascent}, {w, ascent}};
    g.x0 = Float.MAX_VALUE;
    g.y0 = Float.MAX_VALUE;
    g.x1 = -Float.MAX_VALUE;
    g.y1 = -Float.MAX_VALUE;
    for (float[] p : corners) {
      Point2D.Float q = trm.transformPoint(p[0], p[1]);
      g.x0 = Math.min(g.x0, q.x);
      g.y0 = Math.min(g.y0, q.y);
      g.x1 = Math.max(g.x1, q.x);
      g.y1 = Math.max(g.y1, q.y);
    }
    g.baseline = trm.getTranslateY();
    g.size = Math.max(1f, Math.abs(trm.getScalingFactorY()));
    g.visible = ts.getRenderingMode() != RenderingMode.NEITHER;
    glyphs.add(g);
  }
}
