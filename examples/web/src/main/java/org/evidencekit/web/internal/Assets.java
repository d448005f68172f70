package org.evidencekit.web.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The static files: GOV.UK Frontend's CSS, JavaScript and images from its WebJar, and this
 * service's own small CSS and JavaScript, read once. GOV.UK's own typeface (GDS Transport) is for
 * GOV.UK services only, so its fonts are not served and the CSS falls back to Arial.
 */
final class Assets {
  /** In the WebJar, read through the class loader: META-INF is no package, so it is not encapsulated in a module. */
  private static final String WEBJAR = "META-INF/resources/webjars/govuk-frontend/5.14.0/dist/govuk/";
  private static final String OWN = "/org/evidencekit/web/assets/";

  record Asset(byte[] bytes, String contentType) {}

  private final Map<String, Asset> files = new HashMap<>();

  Assets() {
    String css = new String(read(WEBJAR + "govuk-frontend.min.css"), StandardCharsets.UTF_8)
        .replaceAll("@font-face\\{[^}]*\\}", "")
        .replace("\"GDS Transport\",", "")
        .replaceAll("/\\*# sourceMappingURL=[^*]*\\*/", "");
    files.put("govuk-frontend.min.css", new Asset(css.getBytes(StandardCharsets.UTF_8), "text/css; charset=utf-8"));
    String js = new String(read(WEBJAR + "govuk-frontend.min.js"), StandardCharsets.UTF_8)
        .replace("//# sourceMappingURL=govuk-frontend.min.js.map", "");
    files.put("govuk-frontend.min.js", new Asset(js.getBytes(StandardCharsets.UTF_8), "text/javascript; charset=utf-8"));
    for (String image : new String[] {"favicon.svg", "favicon.ico", "govuk-crest.svg"}) {
      files.put("images/" + image, new Asset(read(WEBJAR + "assets/images/" + image),
          image.endsWith(".svg") ? "image/svg+xml" : "image/x-icon"));
    }
    files.put("app.css", new Asset(read(OWN + "app.css"), "text/css; charset=utf-8"));
    files.put("app.js", new Asset(read(OWN + "app.js"), "text/javascript; charset=utf-8"));
    files.put("js-enabled.js", new Asset(read(OWN + "js-enabled.js"), "text/javascript; charset=utf-8"));
  }

  Optional<Asset> get(String path) {
    return Optional.ofNullable(files.get(path));
  }

  private static byte[] read(String resource) {
    try (InputStream in = resource.startsWith("/") ? Assets.class.getResourceAsStream(resource)
        : Assets.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
