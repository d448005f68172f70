package org.evidencekit.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A question answered by choosing among lettered {@link Option options}. */
public sealed interface ChoiceQuestion extends Question
    permits SingleChoiceQuestion, MultipleChoiceQuestion {

  /** The options in printed order. */
  List<Option> options();

  /** How many columns the printed form lays the options out in (reading order is by letter). */
  @Value.Default
  @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = OneColumn.class)
  default int columns() {
    return 1;
  }

  @Override
  default Optional<ChoiceQuestion> asChoice() {
    return Optional.of(this);
  }

  /** The option with this id, if there is one. */
  default Optional<Option> option(String id) {
    for (Option o : options()) {
      if (o.id().equals(id)) {
        return Optional.of(o);
      }
    }
    return Optional.empty();
  }

  @Value.Check
  default void checkOptions() {
    Checks.require(!options().isEmpty(), "options", "a choice question needs at least one option");
    Checks.require(columns() >= 1 && columns() <= 4, "columns", "columns is 1 to 4");
  }

  /** Jackson filter that leaves the default of one column out of written JSON. */
  final class OneColumn {
    OneColumn() {}

    @Override
    public boolean equals(Object other) {
      return Integer.valueOf(1).equals(other);
    }

    @Override
    public int hashCode() {
      return 1;
    }
  }
}
