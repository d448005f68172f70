package org.evidencekit.web.internal;

import java.util.List;
import java.util.Optional;

/**
 * The frame of every page: GOV.UK Frontend's template (its CSS and JS served from this service,
 * no inline script or style), the service's name (no GOV.UK crown: this is not a GOV.UK service),
 * the "Exit this page" button, a back link where there is one, and the footer.
 */
final class Chrome {
  private final String serviceName;
  private final String language;

  Chrome(String serviceName, String language) {
    this.serviceName = serviceName;
    this.language = language;
  }

  /** A whole page around {@code main}. {@code title} is the page's own title. */
  String page(String title, boolean hasErrors, Optional<String> backHref, String main, boolean admin) {
    Html h = new Html();
    h.raw("<!DOCTYPE html>\n<html").attr("lang", language).raw(" class=\"govuk-template govuk-template--rebranded\">\n<head>\n")
        .raw("<meta charset=\"utf-8\">\n<title>");
    if (hasErrors) {
      h.raw("Error: ");
    }
    h.text(title);
    if (!title.equals(serviceName)) {
      h.raw(" – ").text(serviceName);
    }
    h.raw("</title>\n")
        .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1, viewport-fit=cover\">\n")
        .raw("<meta name=\"robots\" content=\"noindex, nofollow\">\n")
        .raw("<link rel=\"icon\" href=\"/assets/images/favicon.svg\" type=\"image/svg+xml\">\n")
        .raw("<link rel=\"stylesheet\" href=\"/assets/govuk-frontend.min.css\">\n")
        .raw("<link rel=\"stylesheet\" href=\"/assets/app.css\">\n")
        .raw("</head>\n<body class=\"govuk-template__body\">\n")
        .raw("<script src=\"/assets/js-enabled.js\"></script>\n")
        .raw("<a href=\"#main-content\" class=\"govuk-skip-link\" data-module=\"govuk-skip-link\">Skip to main content</a>\n")
        .raw("<header class=\"govuk-service-navigation\" data-module=\"govuk-service-navigation\">\n")
        .raw("<div class=\"govuk-width-container\"><div class=\"govuk-service-navigation__container\">\n")
        .raw("<span class=\"govuk-service-navigation__service-name\"><a href=\"").raw(admin ? "/admin" : "/")
        .raw("\" class=\"govuk-service-navigation__link\">").text(serviceName).raw(admin ? " – admin" : "").raw("</a></span>\n")
        .raw("</div></div>\n</header>\n")
        .raw("<div class=\"govuk-width-container\">\n");
    // On every page, the team's too: it ends the session it is in and leaves for another site.
    h.raw("<div class=\"govuk-exit-this-page\" data-module=\"govuk-exit-this-page\">")
        .raw("<a href=\"").raw(admin ? "/admin/exit" : "/exit").raw("\" role=\"button\" draggable=\"false\" class=\"govuk-button govuk-button--warning ")
        .raw("govuk-exit-this-page__button govuk-js-exit-this-page-button\" data-module=\"govuk-button\" rel=\"nofollow noreferrer\">")
        .raw("<span class=\"govuk-visually-hidden\">Emergency</span> Exit this page</a></div>\n");
    backHref.ifPresent(href -> h.raw("<a").attr("href", href).raw(" class=\"govuk-back-link\">Back</a>\n"));
    h.raw("<main class=\"govuk-main-wrapper\" id=\"main-content\">\n")
        .raw(main)
        .raw("</main>\n</div>\n")
        .raw("<footer class=\"govuk-footer\"><div class=\"govuk-width-container\"><div class=\"govuk-footer__meta\">")
        .raw("<div class=\"govuk-footer__meta-item govuk-footer__meta-item--grow\">")
        .raw("<h2 class=\"govuk-visually-hidden\">Support links</h2><ul class=\"govuk-footer__inline-list\">");
    for (String[] link : List.of(
        new String[] {"/about", "About this form"},
        new String[] {"/definitions", "Definitions"},
        new String[] {"/resume", "Return to a saved response"},
        new String[] {"/privacy", "How your answers are kept"})) {
      h.raw("<li class=\"govuk-footer__inline-list-item\"><a class=\"govuk-footer__link\"").attr("href", link[0]).raw(">")
          .text(link[1]).raw("</a></li>");
    }
    h.raw("</ul></div></div></div></footer>\n")
        .raw("<script type=\"module\" src=\"/assets/app.js\"></script>\n")
        .raw("</body>\n</html>\n");
    return h.toString();
  }
}
