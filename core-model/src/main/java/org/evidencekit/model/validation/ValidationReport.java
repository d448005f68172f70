package org.evidencekit.model.validation;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.immutables.value.Value;

/** Every problem found with a response, errors and warnings, in the order of the questionnaire. */
@Value.Immutable
public sealed interface ValidationReport permits ImmutableValidationReport {
  /**
   * The most problems a report lists: 100. Past them, one more problem says how many more there
   * are ("And 1999900 more problems"), an error if any of them is; they are counted, not built.
   */
  int MAX_PROBLEMS = 100;

  List<Problem> problems();

  /** Whether the response has no errors (it may have warnings). */
  default boolean isValid() {
    return problems().stream().noneMatch(Problem::isError);
  }

  default ImmutableList<Problem> errors() {
    return problems().stream().filter(Problem::isError).collect(ImmutableList.toImmutableList());
  }

  default ImmutableList<Problem> warnings() {
    return problems().stream()
        .filter(p -> !p.isError())
        .collect(ImmutableList.toImmutableList());
  }

  static ValidationReport of(List<Problem> problems) {
    return ImmutableValidationReport.builder().addAllProblems(problems).build();
  }
}
