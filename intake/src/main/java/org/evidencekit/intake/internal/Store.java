package org.evidencekit.intake.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The records of a run, one JSON line each, in {@code OUT/.intake/records-ID.jsonl}, and their
 * index ({@code index.tsv}: path, size, modification time, SHA-256, status, offset and length of
 * the line). The index is written last and renamed into place: it is the commit of a run, and the
 * cache of the next, which reads again only files whose path, size or time changed (and finds a
 * record by SHA-256 when the same bytes moved). Lines are read back by position, so only the
 * index is held in memory.
 */
public final class Store implements AutoCloseable {
  static final String MAGIC = "evidencekit-intake-cache 1";

  /** Where one record is. */
  public record Entry(String path, long size, long mtime, String sha256, String status, long offset, int length) {}

  private final Path dir;
  private final Path file;
  private final FileChannel channel;
  private final List<Entry> entries = new ArrayList<>();
  private long position;

  private Store(Path dir, Path file, FileChannel channel) {
    this.dir = dir;
    this.file = file;
    this.channel = channel;
  }

  /** A new store in {@code dir} to append to. */
  public static Store create(Path dir) throws IOException {
    Files.createDirectories(dir);
    Path file = dir.resolve("records-" + UUID.randomUUID() + ".jsonl");
    FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ,
        StandardOpenOption.WRITE);
    return new Store(dir, file, ch);
  }

  /** Appends a record's line. Thread-safe. */
  public synchronized void append(String path, long size, long mtime, String sha, String status, String line)
      throws IOException {
    byte[] b = (line + "\n").getBytes(StandardCharsets.UTF_8);
    ByteBuffer buf = ByteBuffer.wrap(b);
    while (buf.hasRemaining()) {
      channel.write(buf, position + buf.position());
    }
    entries.add(new Entry(path, size, mtime, sha, status, position, b.length - 1));
    position += b.length;
  }

  /** The entries appended so far. */
  public synchronized List<Entry> entries() {
    return new ArrayList<>(entries);
  }

  /** The line of an entry. Thread-safe. */
  public String read(Entry e) throws IOException {
    return read(channel, e);
  }

  /** The line of an entry as UTF-8 bytes. Thread-safe. */
  public byte[] bytes(Entry e) throws IOException {
    return bytes(channel, e);
  }

  static String read(FileChannel ch, Entry e) throws IOException {
    return new String(bytes(ch, e), StandardCharsets.UTF_8);
  }

  static byte[] bytes(FileChannel ch, Entry e) throws IOException {
    ByteBuffer buf = ByteBuffer.allocate(e.length());
    while (buf.hasRemaining()) {
      if (ch.read(buf, e.offset() + buf.position()) < 0) {
        throw new IOException("the cache is shorter than its index");
      }
    }
    return buf.array();
  }

  /**
   * Commits the run: the index (with the fingerprint of what the records depend on) written and
   * renamed into place; older record files are removed.
   */
  public void commit(String fingerprint) throws IOException {
    channel.force(false);
    Path index = dir.resolve("index.tsv");
    AtomicFiles.write(index, out -> {
      try (Writer w = new java.io.OutputStreamWriter(new java.io.BufferedOutputStream(nonClosing(out)),
          StandardCharsets.UTF_8)) {
        w.write(MAGIC + "\t" + fingerprint + "\t" + file.getFileName() + "\n");
        for (Entry e : entries()) {
          if (e.path().indexOf('\t') >= 0 || e.path().indexOf('\n') >= 0) {
            continue; // such a path is read again next time
          }
          w.write(e.path() + "\t" + e.size() + "\t" + e.mtime() + "\t" + e.sha256() + "\t" + e.status() + "\t"
              + e.offset() + "\t" + e.length() + "\n");
        }
      }
    });
    try (DirectoryStream<Path> old = Files.newDirectoryStream(dir, "records-*.jsonl")) {
      for (Path p : old) {
        if (!p.getFileName().equals(file.getFileName())) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  /** Removes this store's file (a run that did not finish). */
  public void discard() throws IOException {
    channel.close();
    Files.deleteIfExists(file);
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }

  private static OutputStream nonClosing(OutputStream out) {
    return new java.io.FilterOutputStream(out) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
      }

      @Override
      public void close() throws IOException {
        flush();
      }
    };
  }

  /** The previous run's records, if any were committed with this fingerprint. */
  public static final class Previous implements AutoCloseable {
    private final Map<String, Entry> byPath = new HashMap<>();
    private final Map<String, Entry> bySha = new HashMap<>();
    private final FileChannel channel;

    private Previous(FileChannel channel) {
      this.channel = channel;
    }

    public static Previous open(Path dir, String fingerprint) {
      Path index = dir.resolve("index.tsv");
      if (!Files.isRegularFile(index)) {
        return new Previous(null);
      }
      try (BufferedReader r = Files.newBufferedReader(index, StandardCharsets.UTF_8)) {
        String[] head = r.readLine().split("\t", -1);
        if (head.length != 3 || !head[0].equals(MAGIC) || !head[1].equals(fingerprint)) {
          return new Previous(null);
        }
        Path records = dir.resolve(head[2]);
        Previous p = new Previous(FileChannel.open(records, StandardOpenOption.READ));
        String line;
        while ((line = r.readLine()) != null) {
          String[] f = line.split("\t", -1);
          Entry e = new Entry(f[0], Long.parseLong(f[1]), Long.parseLong(f[2]), f[3], f[4], Long.parseLong(f[5]),
              Integer.parseInt(f[6]));
          p.byPath.put(e.path(), e);
          if (!e.status().equals("protected")) {
            p.bySha.putIfAbsent(e.sha256(), e);
          }
        }
        return p;
      } catch (IOException | RuntimeException e) {
        return new Previous(null); // a damaged cache is no cache: everything is read again
      }
    }

    /** The line recorded for this unchanged file (never for a protected one: a password may be given now). */
    public String unchanged(String path, long size, long mtime) {
      Entry e = byPath.get(path);
      if (channel == null || e == null || e.size() != size || e.mtime() != mtime || e.status().equals("protected")) {
        return null;
      }
      return readOrNull(e);
    }

    /** The line recorded for these bytes under any path. */
    public String sameBytes(String sha) {
      Entry e = bySha.get(sha);
      return channel == null || e == null ? null : readOrNull(e);
    }

    /** The line, or null where the records file cannot give it (cut short, unreadable): no cache. */
    private String readOrNull(Entry e) {
      try {
        return read(channel, e);
      } catch (IOException | RuntimeException damaged) {
        return null;
      }
    }

    /** Whether there were records of a previous run with the same fingerprint. */
    public boolean valid() {
      return channel != null;
    }

    public Entry entry(String path) {
      return byPath.get(path);
    }

    @Override
    public void close() throws IOException {
      if (channel != null) {
        channel.close();
      }
    }
  }
}
