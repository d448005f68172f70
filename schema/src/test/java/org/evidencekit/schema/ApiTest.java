package org.evidencekit.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The module's public API is its own: no type of networknt or Jackson in a public signature; and
 * SLF4J, which networknt logs through, finds a provider, so it prints no warnings.
 */
class ApiTest {
  static final List<Class<?>> API = List.of(
      ResponseSchemas.class, ResponseSchemas.Builder.class, DefinitionSchema.class, JsonSchema.class,
      SchemaValidator.class, SchemaValidator.Builder.class, SchemaProblem.class, SchemaProblem.Builder.class,
      UnreadableDocumentException.class);

  @Test
  void noThirdPartyTypeInAPublicSignature() {
    List<String> leaks = new ArrayList<>();
    for (Class<?> c : API) {
      for (Method m : c.getMethods()) {
        if (m.getDeclaringClass().getName().startsWith("org.evidencekit.schema")) {
          check(c.getSimpleName() + "." + m.getName(), m.getGenericReturnType(), leaks);
          for (Type t : m.getGenericParameterTypes()) {
            check(c.getSimpleName() + "." + m.getName(), t, leaks);
          }
        }
      }
      for (Constructor<?> k : c.getConstructors()) {
        for (Type t : k.getGenericParameterTypes()) {
          check(c.getSimpleName() + "()", t, leaks);
        }
      }
      for (Field f : c.getFields()) {
        check(c.getSimpleName() + "." + f.getName(), f.getGenericType(), leaks);
      }
    }
    assertEquals(List.of(), leaks);
  }

  private static void check(String where, Type type, List<String> leaks) {
    String name = type.getTypeName();
    if (name.contains("com.networknt") || name.contains("tools.jackson") || name.contains("com.fasterxml")) {
      leaks.add(where + ": " + name);
    }
  }

  @Test
  void theExportedPackageHoldsOnlyTheApi() {
    for (Class<?> c : API) {
      assertTrue(Modifier.isPublic(c.getModifiers()), c.getName());
      assertTrue(Modifier.isFinal(c.getModifiers()) || c.isInterface(), c.getName() + " is final or an interface");
    }
  }

  @Test
  void slf4jFindsAProviderSoItPrintsNoWarnings() {
    assertTrue(org.evidencekit.model.testing.Services.anyProvider("org.slf4j.spi.SLF4JServiceProvider"),
        "without a provider SLF4J prints three warning lines when networknt first logs");
  }
}
