package org.evidencekit.model;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A questionnaire definition breaks the rules of the definition format. Carries every problem
 * found, each with its JSON Pointer; {@link org.evidencekit.model.json.EvidenceJson} turns those
 * into lines and columns of the file they came from.
 */
public class InvalidDefinitionException extends EvidenceKitException {
  private static final long serialVersionUID = 1L;

  private final ImmutableList<DefinitionProblem> problems;

  public InvalidDefinitionException(List<DefinitionProblem> problems) {
    super(summary(problems));
    this.problems = ImmutableList.copyOf(problems);
  }

  public ImmutableList<DefinitionProblem> problems() {
    return problems;
  }

  private static String summary(List<DefinitionProblem> problems) {
    return problems.size() == 1
        ? "Invalid questionnaire definition: " + problems.get(0)
        : "Invalid questionnaire definition, "
            + problems.size()
            + " problems:\n"
            + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n"));
  }
}
