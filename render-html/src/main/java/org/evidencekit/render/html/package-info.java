/**
 * HTML for EvidenceKit: {@link org.evidencekit.render.html.HtmlRenderer} makes accessible,
 * self-contained HTML5 pages (the blank form as a web form, a filled form, a printed response, the
 * answers only); {@link org.evidencekit.render.html.HtmlReader} reads a filled form back into a
 * response, treating every page as untrusted; {@link org.evidencekit.render.html.HtmlFormat} is
 * the {@code html} document format that holds both, found by {@code FormatRegistry.discover()}.
 */
package org.evidencekit.render.html;
