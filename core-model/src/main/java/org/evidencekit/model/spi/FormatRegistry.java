package org.evidencekit.model.spi;

import com.google.common.collect.ImmutableList;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.regex.Pattern;
import org.evidencekit.model.EvidenceKitException;

/**
 * The document formats a tool works with, each under its unique id: found by id, by a file's
 * name, or by a file's first bytes.
 *
 * <p>Built explicitly, {@code FormatRegistry.builder().add(DocxFormat.standard()).build()}, or by
 * discovery, {@link #discover()}, which finds every format on the class path or module path with
 * {@link ServiceLoader}. Two formats with one id are refused either way. Immutable and
 * thread-safe.
 */
public final class FormatRegistry {
  /**
   * How many of a file's first bytes {@link #recognise} passes to {@link
   * DocumentFormat#recognises}: 512.
   */
  public static final int HEAD_BYTES = 512;

  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{0,31}");
  private static final Pattern EXTENSION = Pattern.compile("[a-z0-9][a-z0-9_-]{0,15}");

  private final ImmutableList<DocumentFormat> formats;

  private FormatRegistry(List<DocumentFormat> formats) {
    this.formats = ImmutableList.copyOf(formats);
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Every format that {@link ServiceLoader} finds for {@link DocumentFormat} (on the module path,
   * the modules that declare {@code provides}; on the class path, those that list it in {@code
   * META-INF/services}), in the order of their ids.
   *
   * @throws IllegalArgumentException if two have the same id, or one breaks the rules of {@link
   *     DocumentFormat}
   * @throws java.util.ServiceConfigurationError if a format listed cannot be loaded
   */
  public static FormatRegistry discover() {
    return builder().discover().build();
  }

  /** The format with this id. */
  public Optional<DocumentFormat> byId(String id) {
    return formats.stream().filter(f -> f.id().equals(id)).findFirst();
  }

  /**
   * The format with this id.
   *
   * @throws EvidenceKitException if there is none, saying which there are
   */
  public DocumentFormat require(String id) {
    return byId(id).orElseThrow(() -> new EvidenceKitException(
        "There is no document format '" + printable(id) + "': use " + describeIds()));
  }

  /**
   * The format a file's name says, by its extension (in any case); the first registered if two
   * formats share an extension. Empty for a name with no extension, or one no format has.
   */
  public Optional<DocumentFormat> byFileName(Path file) {
    Path name = file.getFileName();
    String n = name == null ? "" : name.toString();
    int dot = n.lastIndexOf('.');
    if (dot < 0 || dot == n.length() - 1) {
      return Optional.empty();
    }
    String extension = n.substring(dot + 1).toLowerCase(Locale.ROOT);
    return formats.stream().filter(f -> f.fileExtensions().contains(extension)).findFirst();
  }

  /**
   * The format of a file, from its first bytes: the first registered that {@link
   * DocumentFormat#recognises recognises} them. At most {@link #HEAD_BYTES} of {@code head} are
   * passed on, so a whole file can be given.
   */
  public Optional<DocumentFormat> recognise(byte[] head) {
    Objects.requireNonNull(head, "head");
    for (DocumentFormat f : formats) {
      if (f.recognises(Arrays.copyOf(head, Math.min(head.length, HEAD_BYTES)))) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /** Every format, in the order registered. */
  public List<DocumentFormat> all() {
    return formats;
  }

  /** The ids of every format, in the order registered. */
  public List<String> ids() {
    return formats.stream().map(DocumentFormat::id).collect(ImmutableList.toImmutableList());
  }

  /** The ids in words, for messages: "docx or pdf", "docx, html or pdf". */
  public String describeIds() {
    List<String> ids = ids();
    if (ids.isEmpty()) {
      return "(no format is registered)";
    }
    return ids.size() == 1
        ? ids.get(0)
        : String.join(", ", ids.subList(0, ids.size() - 1)) + " or " + ids.get(ids.size() - 1);
  }

  @Override
  public String toString() {
    return "FormatRegistry" + ids();
  }

  /** An id from the user, quoted only if it looks like one. */
  private static String printable(String id) {
    return id != null && id.matches("[A-Za-z0-9._-]{1,32}") ? id : "(not an id)";
  }

  /** Collects formats for a {@link FormatRegistry}. */
  public static final class Builder {
    private final Map<String, DocumentFormat> formats = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Adds a format.
     *
     * @throws IllegalArgumentException if a format with its id is already added, or it breaks the
     *     rules of {@link DocumentFormat} (its id, extensions or layouts)
     */
    public Builder add(DocumentFormat format) {
      Objects.requireNonNull(format, "format");
      String id = format.id();
      if (id == null || !ID.matcher(id).matches()) {
        throw new IllegalArgumentException(format.getClass().getName() + " has the id '" + id
            + "': a format's id is lower-case letters, digits and '-', starting with a letter");
      }
      DocumentFormat earlier = formats.get(id);
      if (earlier != null) {
        throw new IllegalArgumentException("Two document formats have the id '" + id + "': "
            + earlier.getClass().getName() + " and " + format.getClass().getName()
            + "; each format needs its own id (remove one of them)");
      }
      List<String> extensions = format.fileExtensions();
      if (extensions == null || extensions.isEmpty()
          || !extensions.stream().allMatch(e -> e != null && EXTENSION.matcher(e).matches())) {
        throw new IllegalArgumentException("The document format '" + id + "' has the file extensions "
            + extensions + ": give at least one, each lower case and without the dot, like \"pdf\"");
      }
      if (format.layouts() == null || !format.layouts().contains(Layout.FORM)
          || !format.layouts().contains(format.defaultResponseLayout())) {
        throw new IllegalArgumentException("The document format '" + id + "' has the layouts "
            + format.layouts() + " and the default response layout " + format.defaultResponseLayout()
            + ": it must render the form, and its default response layout must be one of its layouts");
      }
      formats.put(id, format);
      return this;
    }

    /** Adds these formats, in order. */
    public Builder addAll(Iterable<? extends DocumentFormat> formats) {
      formats.forEach(this::add);
      return this;
    }

    /**
     * Adds every format {@link ServiceLoader} finds, in the order of their ids; see {@link
     * FormatRegistry#discover()}.
     */
    public Builder discover() {
      return discover(ServiceLoader.load(DocumentFormat.class));
    }

    /**
     * Adds every format {@link ServiceLoader} finds through this class loader (on the class path,
     * or in unnamed modules), in the order of their ids.
     */
    public Builder discover(ClassLoader loader) {
      return discover(ServiceLoader.load(DocumentFormat.class, loader));
    }

    private Builder discover(ServiceLoader<DocumentFormat> loader) {
      List<DocumentFormat> found = new ArrayList<>();
      loader.forEach(found::add);
      found.sort(Comparator.comparing(DocumentFormat::id, Comparator.nullsFirst(Comparator.naturalOrder())));
      return addAll(found);
    }

    public FormatRegistry build() {
      return new FormatRegistry(new ArrayList<>(formats.values()));
    }
  }
}
