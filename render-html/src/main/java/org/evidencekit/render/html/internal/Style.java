package org.evidencekit.render.html.internal;

/**
 * The page's style sheet, inline in a {@code <style>} element so that the page needs nothing else.
 * Plain and GOV.UK-like: large text, strong contrast (hint text #505a5f is 7:1 on white), a
 * visible focus outline, nothing conveyed by colour alone.
 */
final class Style {
  private Style() {}

  static final String CSS =
      String.join(
          "\n",
          "html{-webkit-text-size-adjust:100%}",
          "body{margin:0;font-family:system-ui,-apple-system,\"Segoe UI\",Roboto,Arial,sans-serif;"
              + "font-size:1.1875rem;line-height:1.45;color:#0b0c0c;background:#fff}",
          "main{max-width:46rem;margin:0 auto;padding:1rem 1.25rem 4rem}",
          "h1{font-size:2rem;line-height:1.15;margin:1.5rem 0 1.25rem}",
          "h2{font-size:1.5rem;line-height:1.2;margin:2.75rem 0 1rem}",
          "h3{font-size:1.25rem;margin:2rem 0 .75rem}",
          "h4,h5,h6{font-size:1.1875rem;margin:1.5rem 0 .5rem}",
          "p{margin:0 0 1rem}",
          "ul,ol{margin:0 0 1rem;padding-left:1.5rem}",
          "ol.ek-labelled{list-style:none;padding-left:0}",
          ".ek-label{display:inline-block;min-width:2rem}",
          ".ek-note{color:#505a5f}",
          ".ek-question,.ek-declaration{margin:0 0 2rem}",
          ".ek-group{margin:0 0 2rem}",
          ".ek-group .ek-question{margin-left:1rem}",
          "label,legend,.ek-question-text{display:block;font-weight:700;margin:0 0 .4rem}",
          ".ek-number,.ek-letter{font-weight:700;margin-right:.35em}",
          ".ek-optional{font-weight:400}",
          ".ek-hint{color:#505a5f;margin:0 0 .5rem}",
          ".ek-prompt{font-style:italic}",
          "fieldset{border:0;margin:0;padding:0;min-width:0}",
          "legend{padding:0}",
          "input[type=text],input[type=email],input[type=tel],textarea{box-sizing:border-box;"
              + "width:100%;font:inherit;padding:.3rem;border:2px solid #0b0c0c;border-radius:0}",
          "input.ek-count{max-width:10rem}",
          "input:focus,textarea:focus{outline:3px solid #ffdd00;outline-offset:0;"
              + "box-shadow:inset 0 0 0 2px #0b0c0c}",
          "input[type=checkbox],input[type=radio]{flex:none;width:1.4rem;height:1.4rem;margin:0 .6rem 0 0;"
              + "vertical-align:top;accent-color:#0b0c0c}",
          "input[type=checkbox]:focus,input[type=radio]:focus{outline:3px solid #ffdd00;outline-offset:2px}",
          ".ek-option,.ek-tick{display:flex;flex-wrap:wrap;align-items:flex-start}",
          ".ek-option label,.ek-tick label{flex:1;margin:0;font-weight:400}",
          ".ek-tick label .ek-number{font-weight:700}",
          ".ek-options,.ek-choices{display:grid;gap:.6rem 1.5rem;margin:0 0 .5rem;padding:0;list-style:none}",
          ".ek-columns-2{grid-template-columns:repeat(2,minmax(0,1fr))}",
          ".ek-columns-3{grid-template-columns:repeat(3,minmax(0,1fr))}",
          ".ek-columns-4{grid-template-columns:repeat(4,minmax(0,1fr))}",
          "@media (max-width:40rem){.ek-columns-2,.ek-columns-3,.ek-columns-4{grid-template-columns:1fr}}",
          ".ek-specify{flex-basis:100%;margin:.5rem 0 0 2rem}",
          ".ek-specify label{font-weight:400}",
          ".ek-mark{display:inline-block;width:1.6rem;font-weight:700}",
          ".ek-choices li{padding-left:1.6rem;text-indent:-1.6rem}",
          ".ek-choices .ek-answer{text-indent:0;margin-top:.5rem}",
          ".ek-answer{background:#f3f2f1;border-left:4px solid #505a5f;padding:.5rem .75rem;margin:0 0 1rem}",
          ".ek-answer p:last-child{margin-bottom:0}",
          ".ek-not-answered{font-style:italic;color:#505a5f}",
          "blockquote{margin:0 0 .5rem;padding-left:1rem;border-left:4px solid #b1b4b6;font-style:italic}",
          "figure{margin:0 0 1rem}",
          "figcaption{color:#505a5f}",
          ".ek-case-study{border:1px solid #b1b4b6;padding:1rem 1rem 0;margin:0 0 1rem}",
          "dt{font-weight:700;margin:1rem 0 .25rem}",
          "dd{margin:0 0 1rem}",
          ".ek-source{color:#505a5f;font-style:italic}",
          ".ek-visually-hidden{position:absolute!important;width:1px!important;height:1px!important;"
              + "margin:0!important;padding:0!important;overflow:hidden!important;clip:rect(0 0 0 0)!important;"
              + "clip-path:inset(50%)!important;border:0!important;white-space:nowrap!important}",
          "@media print{main{max-width:none}input,textarea{border-width:1px}}");
}
