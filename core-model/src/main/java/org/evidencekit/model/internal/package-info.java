/**
 * Helpers that EvidenceKit's own modules share with core-model: the rule for ids, JSON Pointers.
 * Not an API: exported only to the modules named in {@code module-info.java}, left out of the
 * Javadoc, free to change. Depends on nothing else of the model.
 */
package org.evidencekit.model.internal;
