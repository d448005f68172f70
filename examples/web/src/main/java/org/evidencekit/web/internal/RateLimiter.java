package org.evidencekit.web.internal;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Token buckets by key (a client address): each key may act {@code perMinute} times a minute,
 * with bursts up to that many. Thread-safe.
 */
public final class RateLimiter {
  private final double perMilli;
  private final double capacity;
  private final ConcurrentHashMap<String, double[]> buckets = new ConcurrentHashMap<>();

  public RateLimiter(int perMinute) {
    this.capacity = Math.max(1, perMinute);
    this.perMilli = perMinute / 60_000.0;
  }

  /** Takes one token for {@code key}; false if none is left (the caller refuses the request). */
  public boolean tryAcquire(String key, long nowMillis) {
    double[] b = buckets.computeIfAbsent(key, k -> new double[] {capacity, nowMillis});
    synchronized (b) {
      b[0] = Math.min(capacity, b[0] + (nowMillis - b[1]) * perMilli);
      b[1] = nowMillis;
      if (b[0] >= 1) {
        b[0] -= 1;
        return true;
      }
      return false;
    }
  }

  /** Forgets keys whose buckets are full again. */
  public void tidy(long nowMillis) {
    buckets.entrySet().removeIf(e -> {
      synchronized (e.getValue()) {
        return e.getValue()[0] + (nowMillis - e.getValue()[1]) * perMilli >= capacity;
      }
    });
  }
}
