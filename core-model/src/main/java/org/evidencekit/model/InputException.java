package org.evidencekit.model;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An input could not be read as what it should be: the file is missing or unreadable, the text
 * is not JSON (or YAML), has the wrong shape, or is a questionnaire definition that breaks the
 * format's rules. Carries every problem found, each naming its file, line, column and JSON
 * Pointer; the message lists them, one a line. It never quotes the input's text.
 */
public class InputException extends EvidenceKitException {
  private static final long serialVersionUID = 1L;

  private final ImmutableList<InputProblem> problems;
  private final transient Object partial;

  /**
   * An exception carrying these problems (at least one) and, when the only problems were unknown
   * properties that reading skipped, what could be read in spite of them ({@code partial}, else
   * null).
   */
  public InputException(List<InputProblem> problems, Object partial) {
    super(problems.stream().map(InputProblem::toString).collect(Collectors.joining("\n")));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an InputException needs at least one problem");
    }
    this.problems = ImmutableList.copyOf(problems);
    this.partial = partial;
  }

  public ImmutableList<InputProblem> problems() {
    return problems;
  }

  /** Whether the input could not be read or parsed at all (rather than having the wrong shape). */
  public boolean isUnreadable() {
    return problems.stream().anyMatch(p -> p.kind() == InputProblem.Kind.UNREADABLE);
  }

  /**
   * What could be read in spite of the problems, when the only problems were unknown properties
   * (which were skipped): lets a caller report those together with a validation of the rest.
   */
  public <T> Optional<T> partial(Class<T> type) {
    return type.isInstance(partial) ? Optional.of(type.cast(partial)) : Optional.empty();
  }
}
