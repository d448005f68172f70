/**
 * The rules that formal definitions state, in a form code can apply: who counts as a child
 * ({@link org.evidencekit.model.rules.ChildAgeRule}), what a group is, when exploitation is
 * gang- or group-associated, peer-on-peer, or trafficking; and the facts of a case they are
 * applied to ({@link org.evidencekit.model.rules.PersonFacts},
 * {@link org.evidencekit.model.rules.ExploitationCase},
 * {@link org.evidencekit.model.rules.TraffickingCase}).
 *
 * <p>A {@link org.evidencekit.model.Definition} carries its rule; the rules need nothing else of
 * the model, so they can be used on their own. A rule built with values that make no sense (an
 * age limit of 0) is an {@link IllegalArgumentException}.
 */
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    strictBuilder = true,
    jdkOnly = false,
    redactedMask = "****",
    defaults = @Value.Immutable(copy = false))
package org.evidencekit.model.rules;

import org.immutables.value.Value;
