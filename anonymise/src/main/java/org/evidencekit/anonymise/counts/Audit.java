package org.evidencekit.anonymise.counts;

import java.util.ArrayList;
import java.util.List;

/**
 * Tries, as a motivated intruder would, to work out each suppressed entry of a published table
 * from what is shown: exact linear algebra on the line equations, interval narrowing with the
 * known ranges of suppressed entries (a small count is 1 to threshold - 1, a secondary one is at
 * least the threshold, none exceeds the grand total when it is shown), and for small problems a
 * search of every consistent table.
 */
final class Audit {
  private static final long SEARCH_BUDGET = 200_000;

  private final DisclosureControl.Grid g;
  private final int threshold;

  Audit(DisclosureControl.Grid g, int threshold) {
    this.g = g;
    this.threshold = threshold;
  }

  /** The first suppressed entry that can be worked out, or -1. */
  int firstRecoverable(boolean[] suppressed, boolean[] small) {
    List<Integer> unknowns = new ArrayList<>();
    int[] pos = new int[g.size];
    for (int e = 0; e < g.size; e++) {
      pos[e] = -1;
      if (suppressed[e]) {
        pos[e] = unknowns.size();
        unknowns.add(e);
      }
    }
    if (unknowns.isEmpty()) {
      return -1;
    }
    int n = unknowns.size();
    // Constraints over the unknowns: sum(a_i x_i) = b for an additive line; for one that is not,
    // sum(a_i x_i) >= b (its entries add up to at least its total) and each entry at most the total.
    List<int[]> coef = new ArrayList<>();
    List<Long> rhs = new ArrayList<>();
    List<Boolean> equation = new ArrayList<>();
    for (int l = 0; l < g.lines.size(); l++) {
      int[] line = g.lines.get(l);
      boolean additive = g.additive.get(l);
      constraint(line, pos, n, additive, coef, rhs, equation);
      if (!additive) {
        int total = line[line.length - 1];
        for (int k = 0; k < line.length - 1; k++) {
          constraint(new int[] {line[k], total}, pos, n, false, coef, rhs, equation, true);
        }
      }
    }
    List<int[]> equations = new ArrayList<>();
    for (int q = 0; q < coef.size(); q++) {
      if (equation.get(q)) {
        equations.add(coef.get(q));
      }
    }
    // 1. Exact: an unknown is determined when its unit vector is in the row space of the equations.
    int rank = rank(equations, null, n);
    for (int i = 0; i < n; i++) {
      int[] unit = new int[n];
      unit[i] = 1;
      if (rank(equations, unit, n) == rank) {
        return unknowns.get(i);
      }
    }
    // 2. Ranges.
    long upper = Long.MAX_VALUE / 4;
    int grand = g.index[g.rows][g.cols];
    if (!suppressed[grand]) {
      upper = g.value[grand];
    }
    long[] lo = new long[n];
    long[] hi = new long[n];
    for (int i = 0; i < n; i++) {
      int e = unknowns.get(i);
      lo[i] = small[e] ? 1 : threshold;
      hi[i] = small[e] ? threshold - 1 : upper;
    }
    if (!narrow(coef, rhs, equation, lo, hi)) {
      return unknowns.get(0); // inconsistent ranges cannot happen for true values; be safe
    }
    for (int i = 0; i < n; i++) {
      if (lo[i] == hi[i]) {
        return unknowns.get(i);
      }
    }
    // 3. Search: for each unknown, is there a consistent table where it differs?
    if (upper < Long.MAX_VALUE / 4) {
      for (int i = 0; i < n; i++) {
        long truth = g.value[unknowns.get(i)];
        long[] budget = {SEARCH_BUDGET};
        Boolean other = findOther(coef, rhs, equation, lo.clone(), hi.clone(), i, truth, budget);
        if (Boolean.FALSE.equals(other)) {
          return unknowns.get(i);
        }
      }
    }
    return -1;
  }

  /**
   * Adds the constraint of one line: its entries (all but the last, with sign +1) and its total
   * (the last, -1), known entries moved to the right-hand side; nothing if no entry is unknown.
   */
  private void constraint(int[] line, int[] pos, int n, boolean isEquation, List<int[]> coef, List<Long> rhs,
      List<Boolean> equation) {
    constraint(line, pos, n, isEquation, coef, rhs, equation, false);
  }

  /**
   * As above; {@code reversed} states "entry at most total" (total - entry >= 0) for the pair
   * {entry, total}.
   */
  private void constraint(int[] line, int[] pos, int n, boolean isEquation, List<int[]> coef, List<Long> rhs,
      List<Boolean> equation, boolean reversed) {
    int[] a = new int[n];
    long b = 0;
    boolean any = false;
    for (int k = 0; k < line.length; k++) {
      int e = line[k];
      int sign = (k == line.length - 1 ? -1 : 1) * (reversed ? -1 : 1);
      if (pos[e] >= 0) {
        a[pos[e]] += sign;
        any = true;
      } else {
        b -= sign * g.value[e];
      }
    }
    if (any) {
      coef.add(a);
      rhs.add(b);
      equation.add(isEquation);
    }
  }

  /**
   * Narrows the ranges by the constraints (equations, and inequalities sum >= b) until nothing
   * changes; false if they contradict.
   */
  static boolean narrow(List<int[]> coef, List<Long> rhs, List<Boolean> equation, long[] lo, long[] hi) {
    boolean changed = true;
    for (int round = 0; changed && round < 200; round++) {
      changed = false;
      for (int q = 0; q < coef.size(); q++) {
        int[] a = coef.get(q);
        long b = rhs.get(q);
        for (int i = 0; i < a.length; i++) {
          if (a[i] == 0) {
            continue;
          }
          // a_i x_i = b - sum_{j != i} a_j x_j
          long min = b;
          long max = b;
          boolean unbounded = false;
          for (int j = 0; j < a.length; j++) {
            if (j == i || a[j] == 0) {
              continue;
            }
            long jlo = a[j] > 0 ? a[j] * lo[j] : a[j] * hi[j];
            long jhi = a[j] > 0 ? a[j] * hi[j] : a[j] * lo[j];
            if (Math.abs(jlo) > Long.MAX_VALUE / 8 || Math.abs(jhi) > Long.MAX_VALUE / 8) {
              unbounded = true;
              break;
            }
            min -= jhi;
            max -= jlo;
          }
          if (unbounded) {
            continue;
          }
          if (!equation.get(q)) {
            // a_i x_i >= b - sum_{j != i} a_j x_j, at least "min": a bound on one side only.
            max = Long.MAX_VALUE / 8;
          }
          long nlo;
          long nhi;
          if (a[i] > 0) {
            nlo = ceilDiv(min, a[i]);
            nhi = Math.floorDiv(max, a[i]);
          } else {
            nlo = ceilDiv(-max, -a[i]);
            nhi = Math.floorDiv(-min, -a[i]);
          }
          if (nlo > lo[i]) {
            lo[i] = nlo;
            changed = true;
          }
          if (nhi < hi[i]) {
            hi[i] = nhi;
            changed = true;
          }
          if (lo[i] > hi[i]) {
            return false;
          }
        }
      }
    }
    return true;
  }

  private static long ceilDiv(long a, long b) {
    return -Math.floorDiv(-a, b);
  }

  /**
   * Whether a consistent assignment exists with unknown {@code i} not equal to {@code truth}:
   * TRUE if found, FALSE if none exists, null if the budget ran out.
   */
  private Boolean findOther(List<int[]> coef, List<Long> rhs, List<Boolean> equation, long[] lo, long[] hi, int i,
      long truth, long[] budget) {
    // Try x_i below the truth, then above.
    for (int side = 0; side < 2; side++) {
      long[] l = lo.clone();
      long[] h = hi.clone();
      if (side == 0) {
        h[i] = Math.min(h[i], truth - 1);
      } else {
        l[i] = Math.max(l[i], truth + 1);
      }
      if (l[i] > h[i]) {
        continue;
      }
      Boolean r = search(coef, rhs, equation, l, h, budget);
      if (r == null) {
        return null;
      }
      if (r) {
        return true;
      }
    }
    return false;
  }

  private Boolean search(List<int[]> coef, List<Long> rhs, List<Boolean> equation, long[] lo, long[] hi,
      long[] budget) {
    if (--budget[0] < 0) {
      return null;
    }
    if (!narrow(coef, rhs, equation, lo, hi)) {
      return false;
    }
    int pick = -1;
    for (int k = 0; k < lo.length; k++) {
      if (lo[k] < hi[k]) {
        pick = k;
        break;
      }
    }
    if (pick < 0) {
      // all fixed: check every equation
      for (int q = 0; q < coef.size(); q++) {
        long s = 0;
        int[] a = coef.get(q);
        for (int k = 0; k < a.length; k++) {
          s += a[k] * lo[k];
        }
        if (equation.get(q) ? s != rhs.get(q) : s < rhs.get(q)) {
          return false;
        }
      }
      return true;
    }
    if (hi[pick] - lo[pick] > 10_000) {
      return null;
    }
    boolean unknown = false;
    for (long v = lo[pick]; v <= hi[pick]; v++) {
      long[] l = lo.clone();
      long[] h = hi.clone();
      l[pick] = v;
      h[pick] = v;
      Boolean r = search(coef, rhs, equation, l, h, budget);
      if (r == null) {
        unknown = true;
        break;
      }
      if (r) {
        return true;
      }
    }
    return unknown ? null : false;
  }

  /** The rank of the rows (plus {@code extra} if given), by exact integer elimination. */
  static int rank(List<int[]> rows, int[] extra, int n) {
    List<long[]> m = new ArrayList<>();
    for (int[] r : rows) {
      long[] x = new long[n];
      for (int k = 0; k < n; k++) {
        x[k] = r[k];
      }
      m.add(x);
    }
    if (extra != null) {
      long[] x = new long[n];
      for (int k = 0; k < n; k++) {
        x[k] = extra[k];
      }
      m.add(x);
    }
    int rank = 0;
    for (int col = 0; col < n && rank < m.size(); col++) {
      int piv = -1;
      for (int r = rank; r < m.size(); r++) {
        if (m.get(r)[col] != 0) {
          piv = r;
          break;
        }
      }
      if (piv < 0) {
        continue;
      }
      long[] p = m.get(piv);
      m.set(piv, m.get(rank));
      m.set(rank, p);
      for (int r = 0; r < m.size(); r++) {
        if (r == rank) {
          continue;
        }
        long[] x = m.get(r);
        if (x[col] != 0) {
          long f = x[col];
          long pc = p[col];
          long gcd = 0;
          for (int k = 0; k < n; k++) {
            x[k] = x[k] * pc - p[k] * f;
            gcd = gcd(gcd, Math.abs(x[k]));
          }
          if (gcd > 1) {
            for (int k = 0; k < n; k++) {
              x[k] /= gcd;
            }
          }
        }
      }
      rank++;
    }
    return rank;
  }

  private static long gcd(long a, long b) {
    while (b != 0) {
      long t = a % b;
      a = b;
      b = t;
    }
    return a;
  }
}
