package org.evidencekit.model.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.evidencekit.model.EvidenceKitException;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The registry: built explicitly or discovered, unique ids, found by id, file name and first bytes. */
class FormatRegistryTest {

  /** A format for tests: recognised by a prefix of its first bytes. */
  static class Fake implements DocumentFormat {
    private final String id;
    private final List<String> extensions;
    private final String magic;
    private final boolean readable;

    Fake(String id, List<String> extensions, String magic, boolean readable) {
      this.id = id;
      this.extensions = extensions;
      this.magic = magic;
      this.readable = readable;
    }

    @Override
    public String id() {
      return id;
    }

    @Override
    public String mediaType() {
      return "application/x-" + id;
    }

    @Override
    public List<String> fileExtensions() {
      return extensions;
    }

    @Override
    public boolean recognises(byte[] head) {
      byte[] m = magic.getBytes(StandardCharsets.ISO_8859_1);
      return head.length >= m.length && Arrays.equals(Arrays.copyOf(head, m.length), m);
    }

    @Override
    public Set<Layout> layouts() {
      return EnumSet.of(Layout.FORM, Layout.PRINTED);
    }

    @Override
    public Layout defaultResponseLayout() {
      return Layout.PRINTED;
    }

    @Override
    public Set<Capability> capabilities() {
      return EnumSet.of(Capability.PASSWORD);
    }

    @Override
    public DocumentRenderer renderer() {
      return (Questionnaire q, Optional<Response> r, RenderOptions o, OutputStream out) -> out.write(magic.getBytes(StandardCharsets.ISO_8859_1));
    }

    @Override
    public Optional<DocumentReader> reader() {
      return readable ? Optional.of(new DocumentReader() {
        @Override
        public org.evidencekit.model.QuestionnaireRef identify(java.io.InputStream document, ReadOptions options) {
          throw new UnsupportedOperationException();
        }

        @Override
        public Response read(Questionnaire questionnaire, java.io.InputStream document, ReadOptions options) {
          throw new UnsupportedOperationException();
        }
      }) : Optional.empty();
    }
  }

  /** Found by discovery: a public class with a public no-argument constructor. */
  public static final class Alpha extends Fake {
    public Alpha() {
      super("alpha", List.of("alf", "alpha"), "ALF!", true);
    }
  }

  /** Found by discovery; write-only. */
  public static final class Beta extends Fake {
    public Beta() {
      super("beta", List.of("bet"), "%BET", false);
    }
  }

  private static final FormatRegistry REGISTRY = FormatRegistry.builder().add(new Beta()).add(new Alpha()).build();

  @Test
  void keepsTheOrderOfRegistration() {
    assertEquals(List.of("beta", "alpha"), REGISTRY.ids());
    assertEquals("beta or alpha", REGISTRY.describeIds());
    assertEquals(2, REGISTRY.all().size());
  }

  @Test
  void findsAFormatByIdAndSaysWhichThereAreForAnUnknownOne() {
    assertEquals("alpha", REGISTRY.byId("alpha").orElseThrow().id());
    assertTrue(REGISTRY.byId("ALPHA").isEmpty());
    EvidenceKitException e = assertThrows(EvidenceKitException.class, () -> REGISTRY.require("gamma"));
    assertEquals("There is no document format 'gamma': use beta or alpha", e.getMessage());
    assertTrue(assertThrows(EvidenceKitException.class, () -> REGISTRY.require("not an id!")).getMessage()
        .startsWith("There is no document format '(not an id)'"));
  }

  @Test
  void findsAFormatByTheExtensionOfAFileName() {
    assertEquals("alpha", REGISTRY.byFileName(Path.of("out", "form.alf")).orElseThrow().id());
    assertEquals("alpha", REGISTRY.byFileName(Path.of("FORM.ALPHA")).orElseThrow().id());
    assertEquals("beta", REGISTRY.byFileName(Path.of("a.b.bet")).orElseThrow().id());
    assertTrue(REGISTRY.byFileName(Path.of("form.txt")).isEmpty());
    assertTrue(REGISTRY.byFileName(Path.of("alf")).isEmpty());
    assertTrue(REGISTRY.byFileName(Path.of("form.")).isEmpty());
  }

  @Test
  void recognisesAFileByItsFirstBytesPassingOnAtMost512() {
    assertEquals("alpha", REGISTRY.recognise("ALF!rest".getBytes(StandardCharsets.ISO_8859_1)).orElseThrow().id());
    assertEquals("beta", REGISTRY.recognise("%BET".getBytes(StandardCharsets.ISO_8859_1)).orElseThrow().id());
    assertTrue(REGISTRY.recognise(new byte[0]).isEmpty());
    assertTrue(REGISTRY.recognise("%PDF-1.7".getBytes(StandardCharsets.ISO_8859_1)).isEmpty());

    int[] seen = new int[1];
    FormatRegistry counting = FormatRegistry.builder().add(new Fake("counting", List.of("c"), "", true) {
      @Override
      public boolean recognises(byte[] head) {
        seen[0] = head.length;
        return false;
      }
    }).build();
    counting.recognise(new byte[100_000]);
    assertEquals(FormatRegistry.HEAD_BYTES, seen[0]);
    counting.recognise(new byte[3]);
    assertEquals(3, seen[0]);
  }

  @Test
  void aFormatSaysWhatItCanDo() {
    DocumentFormat beta = REGISTRY.require("beta");
    assertTrue(beta.supports(DocumentFormat.Capability.PASSWORD));
    assertFalse(beta.supports(DocumentFormat.Capability.ARCHIVAL));
    assertEquals("bet", beta.fileExtension());
    assertTrue(beta.reader().isEmpty());
    assertTrue(REGISTRY.require("alpha").reader().isPresent());
  }

  @Test
  void refusesTwoFormatsWithOneId() {
    FormatRegistry.Builder b = FormatRegistry.builder().add(new Alpha());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> b.add(new Fake("alpha", List.of("x"), "X", true)));
    assertEquals("Two document formats have the id 'alpha': " + Alpha.class.getName() + " and "
        + Fake.class.getName() + "; each format needs its own id (remove one of them)", e.getMessage());
  }

  @Test
  void refusesAFormatThatBreaksTheRules() {
    assertThrows(IllegalArgumentException.class,
        () -> FormatRegistry.builder().add(new Fake("Not An Id", List.of("x"), "X", true)));
    assertThrows(IllegalArgumentException.class,
        () -> FormatRegistry.builder().add(new Fake("dotted", List.of(".x"), "X", true)));
    assertThrows(IllegalArgumentException.class,
        () -> FormatRegistry.builder().add(new Fake("none", List.of(), "X", true)));
    assertThrows(IllegalArgumentException.class, () -> FormatRegistry.builder().add(new Fake("no-form", List.of("x"), "X", true) {
      @Override
      public Set<Layout> layouts() {
        return EnumSet.of(Layout.PRINTED);
      }
    }));
  }

  @Test
  void discoversTheFormatsListedAsServicesInTheOrderOfTheirIds(@TempDir Path dir) throws IOException {
    try (URLClassLoader loader = services(dir, Beta.class.getName() + "\n# a comment\n" + Alpha.class.getName() + "\n")) {
      FormatRegistry found = FormatRegistry.builder().discover(loader).build();
      assertEquals(List.of("alpha", "beta"), found.ids());
      assertEquals(Alpha.class.getName(), found.require("alpha").getClass().getName());
      assertSame(loader, found.require("alpha").getClass().getClassLoader(), "found on the loader's class path");
    }
  }

  @Test
  void discoveryRefusesTwoFormatsWithOneId(@TempDir Path dir) throws IOException {
    try (URLClassLoader loader = services(dir, Alpha.class.getName() + "\n" + AlphaAgain.class.getName() + "\n")) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> FormatRegistry.builder().discover(loader).build());
      assertTrue(e.getMessage().startsWith("Two document formats have the id 'alpha'"), e.getMessage());
    }
  }

  /** Another format with the id "alpha". */
  public static final class AlphaAgain extends Fake {
    public AlphaAgain() {
      super("alpha", List.of("alf2"), "ALF2", true);
    }
  }

  /**
   * A class loader that finds this services file and defines this test's formats itself, so that
   * they are class-path classes (of its unnamed module) wherever the test runs: patched into
   * org.evidencekit.model on the module path, a class listed only in META-INF/services is no
   * provider, as a named module's providers are declared with {@code provides}.
   */
  private static URLClassLoader services(Path dir, String lines) throws IOException {
    Path file = dir.resolve("META-INF/services/" + DocumentFormat.class.getName());
    Files.createDirectories(file.getParent());
    Files.writeString(file, lines, StandardCharsets.UTF_8);
    String prefix = FormatRegistryTest.class.getName() + "$";
    for (String nested : List.of("Fake", "Fake$1", "Alpha", "Beta", "AlphaAgain")) {
      String name = FormatRegistryTest.class.getSimpleName() + "$" + nested + ".class";
      Path copy = dir.resolve(FormatRegistryTest.class.getPackageName().replace('.', '/')).resolve(name);
      Files.createDirectories(copy.getParent());
      try (java.io.InputStream in = FormatRegistryTest.class.getResourceAsStream(name)) {
        Files.copy(java.util.Objects.requireNonNull(in, name), copy);
      }
    }
    return new URLClassLoader(new URL[] {dir.toUri().toURL()}, FormatRegistryTest.class.getClassLoader()) {
      @Override
      protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        synchronized (getClassLoadingLock(name)) {
          if (!name.startsWith(prefix)) {
            return super.loadClass(name, resolve);
          }
          Class<?> c = findLoadedClass(name);
          return c != null ? c : findClass(name);
        }
      }
    };
  }
}
