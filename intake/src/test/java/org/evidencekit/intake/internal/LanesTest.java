package org.evidencekit.intake.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The write phase's lanes: every lane sees every item in order and finishes after the last; a
 * lane that fails fails the whole (its own exception) and stops the others; an interrupt of the
 * thread that puts stops every lane; in every case no lane's thread is left running after close.
 */
class LanesTest {
  /** A lane that records what it took, on which thread, and fails at item {@code failAt} (or never). */
  static final class Recording implements Lanes.Lane<Integer> {
    final List<Integer> seen = Collections.synchronizedList(new ArrayList<>());
    final int failAt;
    volatile boolean finished;
    volatile Thread thread;

    Recording(int failAt) {
      this.failAt = failAt;
    }

    @Override
    public void accept(Integer item) throws IOException {
      thread = Thread.currentThread();
      if (item == failAt) {
        throw new IOException("lane failed at " + item);
      }
      seen.add(item);
    }

    @Override
    public void finish() {
      finished = true;
    }
  }

  private static java.util.Map<String, Lanes.Lane<Integer>> named(List<? extends Lanes.Lane<Integer>> lanes) {
    java.util.Map<String, Lanes.Lane<Integer>> m = new java.util.LinkedHashMap<>();
    for (Lanes.Lane<Integer> l : lanes) {
      m.put("lanes-test-" + m.size(), l);
    }
    return m;
  }

  private static long laneThreads() {
    return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("lanes-test-")).count();
  }

  @Test
  void everyLaneTakesEveryItemInOrderOnAThreadOfItsOwnThenFinishes() throws IOException {
    List<Recording> lanes = List.of(new Recording(-1), new Recording(-1), new Recording(-1));
    List<Integer> expected = new ArrayList<>();
    try (Lanes<Integer> l = new Lanes<>(named(lanes), 4)) {
      for (int i = 0; i < 10_000; i++) {
        l.put(i);
        expected.add(i);
      }
      l.finish();
    }
    for (Recording r : lanes) {
      assertEquals(expected, r.seen);
      assertTrue(r.finished);
      assertTrue(r.thread.getName().startsWith("lanes-test-"));
      assertFalse(r.thread.isAlive());
    }
    assertEquals(3, lanes.stream().map(r -> r.thread).distinct().count());
  }

  @Test
  void aLaneThatFailsFailsTheWholeAndStopsTheOthers() throws Exception {
    List<Recording> lanes = List.of(new Recording(-1), new Recording(500), new Recording(-1));
    IOException e = assertThrows(IOException.class, () -> {
      try (Lanes<Integer> l = new Lanes<>(named(lanes), 4)) {
        for (int i = 0; i < 10_000; i++) {
          l.put(i);
        }
        l.finish();
      }
    });
    assertEquals("lane failed at 500", e.getMessage());
    assertEquals(0, laneThreads(), "every lane's thread has ended");
    for (Recording r : lanes) {
      assertFalse(r.finished, "no lane finishes after a failure");
      assertTrue(r.seen.size() < 10_000);
    }
  }

  @Test
  void aLaneThatFailsAsItFinishesFailsTheWhole() {
    RuntimeException boom = new IllegalStateException("no room");
    Lanes.Lane<Integer> failing = new Lanes.Lane<>() {
      @Override
      public void accept(Integer item) {}

      @Override
      public void finish() {
        throw boom;
      }
    };
    RuntimeException e = assertThrows(RuntimeException.class, () -> {
      try (Lanes<Integer> l = new Lanes<>(named(List.of(new Recording(-1), failing)), 4)) {
        l.put(1);
        l.finish();
      }
    });
    assertSame(boom, e);
    assertEquals(0, laneThreads());
  }

  @Test
  void anInterruptStopsEveryLane() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    AtomicInteger taken = new AtomicInteger();
    Lanes.Lane<Integer> slow = new Lanes.Lane<>() {
      @Override
      public void accept(Integer item) throws IOException {
        taken.incrementAndGet();
        started.countDown();
        try {
          Thread.sleep(10_000);
        } catch (InterruptedException e) {
          throw new InterruptedIOException();
        }
      }

      @Override
      public void finish() {}
    };
    Recording other = new Recording(-1);
    List<Throwable> thrown = new ArrayList<>();
    Thread producer = new Thread(() -> {
      try (Lanes<Integer> l = new Lanes<>(named(List.of(slow, other)), 2)) {
        for (int i = 0; i < 1000; i++) {
          l.put(i);
        }
        l.finish();
      } catch (IOException | RuntimeException e) {
        thrown.add(e);
      }
    });
    producer.start();
    started.await();
    long t0 = System.nanoTime();
    producer.interrupt();
    producer.join(5_000);
    assertFalse(producer.isAlive());
    assertTrue(System.nanoTime() - t0 < 5_000_000_000L, "stopped at once, not after the slow item");
    assertEquals(1, thrown.size());
    assertTrue(thrown.get(0) instanceof InterruptedIOException, thrown.get(0).toString());
    assertEquals(1, taken.get());
    assertEquals(0, laneThreads(), "every lane's thread has ended");
  }
}
