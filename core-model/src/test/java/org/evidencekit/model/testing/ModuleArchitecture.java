package org.evidencekit.model.testing;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.domain.PackageMatcher;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.jar.JarFile;
import java.util.stream.Collectors;

/**
 * The architecture rules of EvidenceKit's modules, in one place, and the module they are checked
 * against: its descriptor (read from the compiled {@code module-info.class}) and its main classes
 * (imported with ArchUnit from the directory or jar they were compiled to, never the tests).
 *
 * <p>A module applies them all by extending {@link AbstractArchitectureTest}. The rules:
 *
 * <ul>
 *   <li>{@link #exposesNoLibraryOrInternalType(Set)}: no public or protected member of a public
 *       type in an exported package names a type of a format library ({@link #LIBRARIES}) or an
 *       internal type of ours, in any position (return, parameter and field types with their type
 *       arguments, supertypes, type parameter bounds, thrown exceptions), and neither do the public
 *       members such a type inherits from a non-public class of ours (Immutables' generated
 *       builders);
 *   <li>{@link #noPackageCycles()}: the packages of the main code depend on each other one way;
 *   <li>{@link #neverPrints()}: no System.out or System.err, printStackTrace, Thread.dumpStack,
 *       Console, java.util.logging or System.Logger (whose default configuration writes to the
 *       console);
 *   <li>{@link #usesOnlyWhatOtherModulesExportToIt()}: a class of another EvidenceKit module is used
 *       only where that module's descriptor exports its package (to everyone, or for a library to
 *       this module by name; examples use only what is exported to everyone);
 *   <li>{@link #exportedInternalPackages()}: no {@code internal} package is exported to everyone;
 *   <li>{@link #usesNoneOf(List)}: for layering, such as core-model using no format library.
 * </ul>
 */
public final class ModuleArchitecture {
  /** What a module is for: a library never prints; an example is held to the public API alone. */
  public enum Kind {
    LIBRARY,
    EXAMPLE
  }

  /**
   * Format libraries whose types never appear in our public signatures (and that core-model does
   * not use at all): POI and the XML it is built on, PDFBox, networknt, picocli.
   */
  public static final List<String> LIBRARIES = List.of(
      "org.apache.poi..", "org.apache.xmlbeans..", "org.openxmlformats..", "com.microsoft.schemas..",
      "org.apache.pdfbox..", "org.apache.fontbox..", "com.networknt..", "picocli..");

  private static final String OURS = "org.evidencekit";
  private static final Map<String, ModuleArchitecture> CACHE = new ConcurrentHashMap<>();

  private final ModuleDescriptor descriptor;
  private final JavaClasses classes;
  private final Kind kind;

  private ModuleArchitecture(ModuleDescriptor descriptor, JavaClasses classes, Kind kind) {
    this.descriptor = descriptor;
    this.classes = classes;
    this.kind = kind;
  }

  /** The library module that {@code anyMainClass} was compiled into. */
  public static ModuleArchitecture library(Class<?> anyMainClass) {
    return of(anyMainClass, Kind.LIBRARY);
  }

  /** The example (an application built on the public API) that {@code anyMainClass} belongs to. */
  public static ModuleArchitecture example(Class<?> anyMainClass) {
    return of(anyMainClass, Kind.EXAMPLE);
  }

  private static ModuleArchitecture of(Class<?> anyMainClass, Kind kind) {
    Path root = root(anyMainClass);
    return CACHE.computeIfAbsent(root + " " + kind, k -> {
      ModuleDescriptor d = readDescriptor(root).orElseThrow(
          () -> new IllegalStateException("no module-info.class in " + root));
      // Only the module's own classes: the types they name outside it stay stubs that carry
      // their names, which is all the rules look at (resolving them from the class path is slow).
      JavaClasses c = ArchConfiguration.withThreadLocalScope(config -> {
        config.setResolveMissingDependenciesFromClassPath(false);
        return new ClassFileImporter().importLocations(List.of(Location.of(root)));
      });
      return new ModuleArchitecture(d, c, kind);
    });
  }

  public ModuleDescriptor descriptor() {
    return descriptor;
  }

  /** The module's main classes (without module-info). */
  public JavaClasses classes() {
    return classes;
  }

  public Kind kind() {
    return kind;
  }

  /** The packages the descriptor exports to everyone (a qualified export does not count). */
  public Set<String> exportedPackages() {
    return unqualifiedExports(descriptor);
  }

  /** The public types that another module can use: public, in an exported package, and nested only in such types. */
  public Set<String> apiTypes() {
    Set<String> exported = exportedPackages();
    return classes.stream().filter(c -> isApi(c, exported)).map(JavaClass::getName)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** This module's rule against leaks, with the packages its descriptor exports. */
  public ArchRule exposesNoLibraryOrInternalType() {
    return exposesNoLibraryOrInternalType(exportedPackages());
  }

  /** As {@link #exposesNoLibraryOrInternalType()}, for the types of further {@code packages} too. */
  public ArchRule exposesNoLibraryOrInternalTypeNorOneOf(List<String> packages) {
    List<String> all = new ArrayList<>(LIBRARIES);
    all.addAll(packages);
    return exposesNone(exportedPackages(), all);
  }

  /** This module's rule on other modules' packages, for its kind. */
  public ArchRule usesOnlyWhatOtherModulesExportToIt() {
    return usesOnlyWhatOtherModulesExport(descriptor.name(), kind == Kind.LIBRARY);
  }

  /** The {@code internal} packages the descriptor exports to everyone: there should be none. */
  public Set<String> exportedInternalPackages() {
    return exportedPackages().stream().filter(ModuleArchitecture::isInternal)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  // ---- the rules ----

  /**
   * No public or protected member of a public type in one of {@code exportedPackages} exposes a
   * type of {@link #LIBRARIES} or an internal type of ours: one in an {@code internal} package, or
   * in a package of ours that neither {@code exportedPackages} nor another EvidenceKit module
   * exports to everyone.
   */
  public static ArchRule exposesNoLibraryOrInternalType(Set<String> exportedPackages) {
    return exposesNone(exportedPackages, LIBRARIES);
  }

  private static ArchRule exposesNone(Set<String> exportedPackages, List<String> libraries) {
    Set<String> api = new TreeSet<>(exportedPackages);
    api.addAll(otherModulesExports());
    ArchCondition<JavaClass> exposeNothing = new ArchCondition<>(
        "expose no type of " + String.join(", ", libraries) + " or an internal package of ours") {
      @Override
      public void check(JavaClass type, ConditionEvents events) {
        for (String leak : leaks(type, api, libraries)) {
          events.add(SimpleConditionEvent.violated(type, leak));
        }
      }
    };
    return ArchRuleDefinition.classes().that(new DescribedPredicate<JavaClass>(
            "are public types in the exported packages " + new TreeSet<>(exportedPackages)) {
          @Override
          public boolean test(JavaClass c) {
            return isApi(c, exportedPackages);
          }
        })
        .should(exposeNothing)
        .allowEmptyShould(true)
        .because("the public API is our own: users must not depend on the libraries behind it");
  }

  /** Every package of ours is a slice; the slices are free of cycles. */
  public static ArchRule noPackageCycles() {
    return slices().matching("org.evidencekit.(**)").should().beFreeOfCycles()
        .allowEmptyShould(true);
  }

  /** No printing to the console, directly or through a logger whose default is the console. */
  public static ArchRule neverPrints() {
    return noClasses()
        .should().accessField(System.class, "out")
        .orShould().accessField(System.class, "err")
        .orShould().callMethodWhere(target(name("printStackTrace")))
        .orShould().callMethod(Thread.class, "dumpStack")
        .orShould().dependOnClassesThat().resideInAPackage("java.util.logging..")
        .orShould().dependOnClassesThat().belongToAnyOf(System.Logger.class, System.LoggerFinder.class, Console.class)
        .because("a library never prints: the application that uses it decides what is shown");
  }

  /** No class depends on a class in any of {@code packages} (ArchUnit package patterns). */
  public static ArchRule usesNoneOf(List<String> packages) {
    return noClasses().should().dependOnClassesThat().resideInAnyPackage(packages.toArray(String[]::new));
  }

  /**
   * A class of another EvidenceKit module is used only if that module's descriptor (found on the
   * class or module path) exports its package to everyone, or, where {@code qualifiedToo}, to
   * {@code moduleName} by name.
   */
  public static ArchRule usesOnlyWhatOtherModulesExport(String moduleName, boolean qualifiedToo) {
    Map<String, ModuleDescriptor> modules = evidenceKitModules();
    ArchCondition<JavaClass> condition = new ArchCondition<>(
        "use only what other EvidenceKit modules export" + (qualifiedToo ? " to " + moduleName : " to everyone")) {
      @Override
      public void check(JavaClass c, ConditionEvents events) {
        for (Dependency d : c.getDirectDependenciesFromSelf()) {
          JavaClass t = d.getTargetClass().getBaseComponentType();
          String p = t.getPackageName();
          if (!p.startsWith(OURS + ".") || owner(p, modules.keySet()).map(moduleName::equals).orElse(false)) {
            continue;
          }
          Optional<String> owner = owner(p, modules.keySet());
          if (owner.isEmpty()) {
            events.add(SimpleConditionEvent.violated(d, d.getDescription() + ": no EvidenceKit module owns " + p));
          } else if (!exports(modules.get(owner.get()), p, qualifiedToo ? moduleName : null)) {
            events.add(SimpleConditionEvent.violated(d, d.getDescription() + ": " + owner.get()
                + " does not export " + p + (qualifiedToo ? " to " + moduleName : " to everyone")));
          }
        }
      }
    };
    return ArchRuleDefinition.classes().should(condition).allowEmptyShould(true)
        .because("a module uses another only through what that one exports; examples through the public API alone");
  }

  // ---- leaks ----

  static boolean isApi(JavaClass c, Set<String> exportedPackages) {
    if (!c.getModifiers().contains(JavaModifier.PUBLIC) || !exportedPackages.contains(c.getPackageName())
        || c.isAnonymousClass() || c.isLocalClass()) {
      return false;
    }
    return c.getEnclosingClass().map(e -> isApi(e, exportedPackages)).orElse(true);
  }

  private static List<String> leaks(JavaClass type, Set<String> api, List<String> libraries) {
    List<String> out = new ArrayList<>();
    String n = type.getName();
    type.getSuperclass().ifPresent(s -> check(n + " extends", s, api, libraries, out));
    for (JavaType i : type.getInterfaces()) {
      check(n + " implements", i, api, libraries, out);
    }
    for (JavaType v : type.getTypeParameters()) {
      check(n + " type parameter " + v.getName(), v, api, libraries, out);
    }
    List<JavaMember> members = new ArrayList<>();
    members.addAll(type.getFields());
    members.addAll(type.getMethods());
    members.addAll(type.getConstructors());
    // Public members inherited from a class of ours that is not itself checked (Immutables'
    // package-private generated builders) are exposed through this type.
    for (JavaField f : type.getAllFields()) {
      if (inheritedFromHidden(type, f, api)) {
        members.add(f);
      }
    }
    for (JavaCodeUnit m : type.getAllMethods()) {
      if (inheritedFromHidden(type, m, api)) {
        members.add(m);
      }
    }
    for (JavaMember m : members) {
      if (!exposed(m)) {
        continue;
      }
      String where = m.getFullName();
      if (m instanceof JavaField) {
        check(where, ((JavaField) m).getType(), api, libraries, out);
      } else {
        JavaCodeUnit u = (JavaCodeUnit) m;
        check(where + " returns", u.getReturnType(), api, libraries, out);
        for (JavaType p : u.getParameterTypes()) {
          check(where + " takes", p, api, libraries, out);
        }
        for (JavaType v : u.getTypeParameters()) {
          check(where + " type parameter " + v.getName(), v, api, libraries, out);
        }
        for (JavaClass t : u.getThrowsClause().getTypes()) {
          check(where + " throws", t, api, libraries, out);
        }
      }
    }
    return out;
  }

  private static boolean inheritedFromHidden(JavaClass type, JavaMember m, Set<String> api) {
    JavaClass owner = m.getOwner();
    return !owner.equals(type) && owner.getPackageName().startsWith(OURS) && !isApi(owner, api);
  }

  private static boolean exposed(JavaMember m) {
    Set<JavaModifier> mods = m.getModifiers();
    return (mods.contains(JavaModifier.PUBLIC) || mods.contains(JavaModifier.PROTECTED))
        && !mods.contains(JavaModifier.SYNTHETIC) && !mods.contains(JavaModifier.BRIDGE);
  }

  private static void check(String where, JavaType type, Set<String> api, List<String> libraries, List<String> out) {
    for (JavaClass raw : type.getAllInvolvedRawTypes()) {
      JavaClass t = raw.getBaseComponentType();
      String why = forbidden(t.getPackageName(), api, libraries);
      if (why != null) {
        out.add(where + " " + t.getName() + " (" + why + ")");
      }
    }
  }

  /** Why a type in {@code pkg} must not be exposed, or null. */
  static String forbidden(String pkg, Set<String> api, List<String> libraries) {
    for (String lib : libraries) {
      if (PackageMatcher.of(lib).matches(pkg)) {
        return "a library type: " + lib;
      }
    }
    if (pkg.equals(OURS) || pkg.startsWith(OURS + ".")) {
      if (isInternal(pkg)) {
        return "an internal package";
      }
      if (!api.contains(pkg)) {
        return "a package no module exports";
      }
    }
    return null;
  }

  static boolean isInternal(String pkg) {
    return PackageMatcher.of("..internal..").matches(pkg);
  }

  // ---- module descriptors ----

  private static Set<String> unqualifiedExports(ModuleDescriptor d) {
    return d.exports().stream().filter(e -> !e.isQualified()).map(ModuleDescriptor.Exports::source)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static boolean exports(ModuleDescriptor d, String pkg, String to) {
    return d.exports().stream().anyMatch(e -> e.source().equals(pkg)
        && (!e.isQualified() || (to != null && e.targets().contains(to))));
  }

  private static Set<String> otherModulesExports() {
    return evidenceKitModules().values().stream().flatMap(d -> unqualifiedExports(d).stream())
        .collect(Collectors.toSet());
  }

  /** The module whose name is the longest prefix of {@code pkg} (one module, one root package). */
  private static Optional<String> owner(String pkg, Collection<String> moduleNames) {
    return moduleNames.stream().filter(m -> pkg.equals(m) || pkg.startsWith(m + "."))
        .max((a, b) -> Integer.compare(a.length(), b.length()));
  }

  /** EvidenceKit's modules on the module path and the class path, by name. */
  static Map<String, ModuleDescriptor> evidenceKitModules() {
    Map<String, ModuleDescriptor> out = new LinkedHashMap<>();
    for (Module m : ModuleLayer.boot().modules()) {
      if (m.getName().startsWith(OURS)) {
        out.put(m.getName(), m.getDescriptor());
      }
    }
    try {
      Enumeration<URL> urls = ModuleArchitecture.class.getClassLoader().getResources("module-info.class");
      while (urls.hasMoreElements()) {
        try (InputStream in = urls.nextElement().openStream()) {
          ModuleDescriptor d = ModuleDescriptor.read(in);
          if (d.name().startsWith(OURS)) {
            out.putIfAbsent(d.name(), d);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static Path root(Class<?> c) {
    try {
      return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Optional<ModuleDescriptor> readDescriptor(Path root) {
    try {
      if (Files.isDirectory(root)) {
        Path f = root.resolve("module-info.class");
        if (!Files.exists(f)) {
          return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(f)) {
          return Optional.of(ModuleDescriptor.read(in));
        }
      }
      try (JarFile jar = new JarFile(root.toFile())) {
        var e = jar.getJarEntry("module-info.class");
        if (e == null) {
          return Optional.empty();
        }
        try (InputStream in = jar.getInputStream(e)) {
          return Optional.of(ModuleDescriptor.read(in));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
