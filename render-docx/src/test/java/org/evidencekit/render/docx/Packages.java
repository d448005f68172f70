package org.evidencekit.render.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Taking a package apart and putting it together again, for tests that alter or craft documents. */
final class Packages {
  private Packages() {}

  static Map<String, byte[]> parts(byte[] zip) {
    Map<String, byte[]> out = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        out.put(e.getName(), in.readAllBytes());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  static String part(byte[] zip, String name) {
    byte[] b = parts(zip).get(name);
    return b == null ? null : new String(b, StandardCharsets.UTF_8);
  }

  static byte[] zip(Map<String, byte[]> parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> e : parts.entrySet()) {
        z.putNextEntry(new ZipEntry(e.getKey()));
        z.write(e.getValue());
        z.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** The package with one part's text changed. */
  static byte[] withPart(byte[] zip, String name, UnaryOperator<String> change) {
    Map<String, byte[]> parts = parts(zip);
    parts.put(name, change.apply(new String(parts.get(name), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
    return zip(parts);
  }

  static byte[] without(byte[] zip, String name) {
    Map<String, byte[]> parts = parts(zip);
    parts.remove(name);
    return zip(parts);
  }
}
