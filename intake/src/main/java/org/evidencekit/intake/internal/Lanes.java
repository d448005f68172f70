package org.evidencekit.intake.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Consumers that each take every item, in the order put, on a thread of their own, fed through a
 * bounded queue (so memory stays bounded: a full queue makes {@link #put} wait). After the last
 * item each lane finishes on its own thread, so the lanes' final work runs side by side too.
 *
 * <p>A lane that fails stops every lane: {@link #put} and {@link #finish} throw its failure, and
 * {@link #close} (always, in a try-with-resources) stops the others and waits for every thread to
 * end, so that nothing is still writing when the caller cleans up. An interrupt of the thread that
 * puts stops them the same way.
 */
final class Lanes<T> implements AutoCloseable {
  /** One consumer: every item in order, then {@link #finish}, all on the lane's own thread. */
  interface Lane<T> {
    void accept(T item) throws IOException;

    /** After the last item. */
    void finish() throws IOException;
  }

  private static final Object END = new Object();

  private final List<BlockingQueue<Object>> queues = new ArrayList<>();
  private final List<Thread> threads = new ArrayList<>();
  private final AtomicReference<Throwable> failure = new AtomicReference<>();
  private volatile boolean stopped;

  /** Starts a thread for each lane, named by its key; each queue holds {@code capacity} items. */
  Lanes(java.util.Map<String, ? extends Lane<T>> lanes, int capacity) {
    for (java.util.Map.Entry<String, ? extends Lane<T>> e : lanes.entrySet()) {
      Lane<T> lane = e.getValue();
      BlockingQueue<Object> queue = new ArrayBlockingQueue<>(capacity);
      Thread t = new Thread(() -> run(lane, queue), e.getKey());
      t.setDaemon(true);
      queues.add(queue);
      threads.add(t);
    }
    threads.forEach(Thread::start);
  }

  @SuppressWarnings("unchecked")
  private void run(Lane<T> lane, BlockingQueue<Object> queue) {
    try {
      while (true) {
        Object x = queue.take();
        if (stopped) {
          return;
        }
        if (x == END) {
          break;
        }
        lane.accept((T) x);
      }
      lane.finish();
    } catch (Throwable t) {
      if (!stopped) {
        failure.compareAndSet(null, t);
      }
      stopped = true;
    }
  }

  /** Gives {@code item} to every lane (waiting while a queue is full); throws a lane's failure. */
  void put(T item) throws IOException {
    for (BlockingQueue<Object> q : queues) {
      offer(q, item);
    }
  }

  private void offer(BlockingQueue<Object> q, Object x) throws IOException {
    try {
      while (!q.offer(x, 20, TimeUnit.MILLISECONDS)) {
        rethrow();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("intake was interrupted");
    }
    rethrow();
  }

  /** Ends every lane after its last item and waits for each to finish; throws the first failure. */
  void finish() throws IOException {
    for (BlockingQueue<Object> q : queues) {
      offer(q, END);
    }
    try {
      for (Thread t : threads) {
        while (t.isAlive()) {
          t.join(20);
          rethrow();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("intake was interrupted");
    }
    rethrow();
  }

  private void rethrow() throws IOException {
    Throwable t = failure.get();
    if (t != null) {
      throw asIOException(t);
    }
  }

  /**
   * A failure of work done on another thread, to throw on this one: an IOException as it is, any
   * other checked one wrapped in one; a RuntimeException or an Error is thrown here as it is.
   */
  static IOException asIOException(Throwable t) {
    if (t instanceof IOException io) {
      return io;
    }
    if (t instanceof RuntimeException re) {
      throw re;
    }
    if (t instanceof Error err) {
      throw err;
    }
    return new IOException(t);
  }

  /**
   * Waits until each thread has ended, an interrupt meanwhile not stopping the wait; says whether
   * one came (the caller keeps it).
   */
  static boolean joinAll(List<Thread> threads) {
    boolean interrupted = false;
    for (Thread t : threads) {
      while (t.isAlive()) {
        try {
          t.join();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    }
    return interrupted;
  }

  /** Stops every lane that has not ended (interrupting its thread) and waits until each has. */
  @Override
  public void close() {
    boolean interrupted = Thread.interrupted();
    boolean running = threads.stream().anyMatch(Thread::isAlive);
    if (running) {
      stopped = true;
      for (int i = 0; i < threads.size(); i++) {
        queues.get(i).clear();
        queues.get(i).offer(END);
        threads.get(i).interrupt();
      }
      interrupted |= joinAll(threads);
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
