package org.evidencekit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.evidencekit.model.json.EvidenceJson;
import org.evidencekit.model.json.Format;
import org.evidencekit.model.questionnaires.Questionnaires;
import org.evidencekit.model.rules.DefinitionRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9: outside code cannot make a value that skips its checks ({@code @Value.Check}) or its
 * redaction ({@code @Value.Redacted}). Every value type is sealed to the class Immutables
 * generates for it (and Immutables' Jackson delegate), both final and package-private; so is
 * every kind of item, question, answer and rule.
 */
class SealedValuesTest {
  @TempDir Path dir;

  /** Every class of the model's packages (not the internal one), loaded from its class files. */
  static List<Class<?>> modelClasses() throws Exception {
    Path root = Path.of(Question.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path base = root.resolve("org/evidencekit/model");
    List<Class<?>> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(base)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".class")).collect(Collectors.toList())) {
        String name = root.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", "");
        if (!name.contains(".internal.")) {
          out.add(Class.forName(name, false, Question.class.getClassLoader()));
        }
      }
    }
    return out;
  }

  @Test
  void issue9_everyValueTypeIsSealedToItsGeneratedClass() throws Exception {
    Set<String> values = new TreeSet<>();
    List<String> open = new ArrayList<>();
    List<Class<?>> all = modelClasses();
    for (Class<?> c : all) {
      boolean generatedFor = all.stream().anyMatch(
          g -> g.getSimpleName().equals("Immutable" + c.getSimpleName()) && g.getPackage().equals(c.getPackage()));
      if (!generatedFor || !Modifier.isPublic(c.getModifiers())) {
        continue;
      }
      values.add(c.getSimpleName());
      if (!c.isSealed()) {
        open.add(c.getName());
        continue;
      }
      for (Class<?> p : c.getPermittedSubclasses()) {
        assertTrue(Modifier.isFinal(p.getModifiers()), p + " is final");
        assertFalse(Modifier.isPublic(p.getModifiers()), p + " is not public");
        assertTrue(p.getName().contains(".Immutable" + c.getSimpleName()), c + " permits only its own: " + p);
      }
    }
    assertEquals(List.of(), open, "value types outside code could implement");
    assertTrue(values.size() >= 45, "found the value types: " + values);
    assertTrue(values.containsAll(List.of("TextAnswer", "Respondent", "Response", "Questionnaire", "ChildAgeRule")),
        values.toString());
  }

  @Test
  void issue9_theKindsAreClosedAllTheWayDown() {
    for (Class<?> root : List.of(Item.class, Answer.class, DefinitionRule.class)) {
      List<Class<?>> leaves = new ArrayList<>();
      closed(root, leaves);
      assertFalse(leaves.isEmpty(), root.toString());
    }
  }

  /** Every subtype of a sealed type is sealed again, or a final (generated) class. */
  private static void closed(Class<?> type, List<Class<?>> leaves) {
    if (!type.isSealed()) {
      assertTrue(Modifier.isFinal(type.getModifiers()), type + " is sealed or final");
      leaves.add(type);
      return;
    }
    for (Class<?> sub : type.getPermittedSubclasses()) {
      closed(sub, leaves);
    }
  }

  /** What javac says of a class outside core-model that implements a leaf. */
  private String compile(String pkg, String source) throws IOException, InterruptedException {
    Path classes = Path.of(Question.class.getProtectionDomain().getCodeSource().getLocation().getPath());
    Path src = dir.resolve(pkg.replace('.', '/')).resolve("Outside.java");
    Files.createDirectories(src.getParent());
    Files.writeString(src, "package " + pkg + ";\n" + source);
    Path javac = Path.of(System.getProperty("java.home"), "bin", "javac");
    Process p = new ProcessBuilder(javac.toString(), "-proc:none", "-Xlint:none", "-cp", classes.toString(),
        "-d", dir.resolve("out").toString(), src.toString()).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertNotEquals(0, p.waitFor(), "javac accepted:\n" + source);
    return output;
  }

  @Test
  void issue9_outsideCodeCannotImplementALeaf() throws Exception {
    String text = compile("outside", "public final class Outside implements org.evidencekit.model.TextAnswer {\n"
        + "  public String value() { return \"not redacted\"; }\n}\n");
    assertTrue(text.contains("sealed"), text);
    String respondent = compile("outside", "public abstract class Outside implements org.evidencekit.model.Respondent"
        + " {}\n");
    assertTrue(respondent.contains("sealed"), respondent);
    // Not even a class that claims the model's own package.
    String inside = compile("org.evidencekit.model", "final class Outside implements NumberAnswer {\n"
        + "  public java.math.BigDecimal value() { return java.math.BigDecimal.ONE; }\n}\n");
    assertTrue(inside.contains("sealed"), inside);
    String kind = compile("outside", "public interface Outside extends org.evidencekit.model.Question {}\n");
    assertTrue(kind.contains("sealed"), kind);
  }

  @Test
  void issue9_sealedKindsKeepTheirNamesInJson() {
    for (Questionnaire q : List.of(Questionnaires.callForEvidence2012(), Questionnaires.referralScreening())) {
      String json = EvidenceJson.standard().write(q, Format.JSON);
      assertFalse(json.contains("Immutable"), "a kind named by its generated class");
      assertEquals(q, EvidenceJson.standard().readQuestionnaire(json, Format.JSON));
    }
  }
}
