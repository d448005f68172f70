package org.evidencekit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packaged test-jar, which other modules' tests use, holds the package
 * org.evidencekit.model.testing and nothing of org.evidencekit.model's own packages (a split
 * package would hide it on the module path), and is the automatic module
 * org.evidencekit.model.testing. Runs after packaging (failsafe).
 */
class TestJarIT {
  @Test
  void theTestJarHoldsOnlyTheTestingPackage() throws Exception {
    Path target = Path.of(System.getProperty("basedir", "."), "target");
    List<Path> jars;
    try (Stream<Path> files = Files.list(target)) {
      jars = files.filter(f -> f.getFileName().toString().endsWith("-tests.jar")).collect(Collectors.toList());
    }
    assertEquals(1, jars.size(), "one test-jar in " + target);
    try (JarFile jar = new JarFile(jars.get(0).toFile())) {
      List<String> strays = jar.stream().map(e -> e.getName())
          .filter(n -> !n.startsWith("META-INF/") && !n.startsWith("org/evidencekit/model/testing/")
              && !List.of("org/", "org/evidencekit/", "org/evidencekit/model/").contains(n))
          .collect(Collectors.toList());
      assertEquals(List.of(), strays, "only the testing package");
      assertTrue(jar.stream().anyMatch(e -> e.getName().equals("org/evidencekit/model/testing/Fixtures.class")));
      assertTrue(jar.stream().anyMatch(e -> e.getName().equals("org/evidencekit/model/testing/kinds.yaml")));
    }
    ModuleReference module = ModuleFinder.of(jars.get(0)).findAll().iterator().next();
    ModuleDescriptor descriptor = module.descriptor();
    assertEquals("org.evidencekit.model.testing", descriptor.name());
    assertTrue(descriptor.isAutomatic());
    assertEquals(Set.of("org.evidencekit.model.testing"), descriptor.packages());
  }
}
