/**
 * HTML: the blank form as an accessible web form, a filled form, a printed response and the
 * answers only; reading a filled form back.
 */
module org.evidencekit.render.html {
  requires transitive org.evidencekit.model;
  requires org.jsoup;

  exports org.evidencekit.render.html;

  provides org.evidencekit.model.spi.DocumentFormat with
      org.evidencekit.render.html.HtmlFormat;
}
