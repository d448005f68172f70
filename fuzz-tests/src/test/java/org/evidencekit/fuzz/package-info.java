/** Fuzz tests of every reader, and hostile inputs read in a small heap. */
package org.evidencekit.fuzz;
