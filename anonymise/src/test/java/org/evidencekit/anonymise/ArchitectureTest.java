package org.evidencekit.anonymise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the layering honest by reading the compiled classes: the text API, its internals and the
 * counts never refer to the core model (their constant pools name no {@code
 * org/evidencekit/model} type), so other tools can use them without it; only the response
 * package does. The module exports its three public packages and never its internals.
 */
class ArchitectureTest {
  private static final byte[] MODEL = "org/evidencekit/model/".getBytes(StandardCharsets.US_ASCII);

  private static Path classes() throws URISyntaxException {
    return Path.of(PiiDetector.class.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  private static List<Path> classFiles(String pkg) throws Exception {
    Path dir = classes().resolve(pkg.replace('.', '/'));
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.toString().endsWith(".class")).collect(Collectors.toList());
    }
  }

  private static boolean refersToModel(Path classFile) throws IOException {
    byte[] b = Files.readAllBytes(classFile);
    outer:
    for (int i = 0; i + MODEL.length <= b.length; i++) {
      for (int k = 0; k < MODEL.length; k++) {
        if (b[i + k] != MODEL[k]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  @Test
  void textApiInternalsAndCountsNeverReferToTheCoreModel() throws Exception {
    int checked = 0;
    for (String pkg : List.of("org.evidencekit.anonymise", "org.evidencekit.anonymise.spi",
        "org.evidencekit.anonymise.internal", "org.evidencekit.anonymise.counts")) {
      for (Path c : classFiles(pkg)) {
        assertFalse(refersToModel(c), c.getFileName() + " in " + pkg + " refers to the core model");
        checked++;
      }
    }
    assertTrue(checked > 20, "the scan found the classes: " + checked);
  }

  @Test
  void theResponsePackageDoesReferToTheModel() throws Exception {
    boolean any = false;
    for (Path c : classFiles("org.evidencekit.anonymise.response")) {
      any |= refersToModel(c);
    }
    assertTrue(any, "the scan would see a reference to the model");
  }

  @Test
  void moduleExportsOnlyThePublicPackages() throws Exception {
    try (InputStream in = Files.newInputStream(classes().resolve("module-info.class"))) {
      ModuleDescriptor m = ModuleDescriptor.read(in);
      assertEquals("org.evidencekit.anonymise", m.name());
      Set<String> exports = m.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
      assertEquals(Set.of("org.evidencekit.anonymise", "org.evidencekit.anonymise.spi",
          "org.evidencekit.anonymise.response", "org.evidencekit.anonymise.counts"), exports);
      ModuleDescriptor.Requires model = m.requires().stream()
          .filter(r -> r.name().equals("org.evidencekit.model")).findFirst().orElseThrow();
      assertTrue(model.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC), "the model is optional");
    }
  }
}
