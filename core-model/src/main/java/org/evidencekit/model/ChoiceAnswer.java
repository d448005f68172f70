package org.evidencekit.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The options chosen, by id, in the order given, and the text given for each chosen option that
 * asks for one ("Other (please explain)").
 */
@Value.Immutable
public sealed interface ChoiceAnswer extends Answer permits ImmutableChoiceAnswer {
  List<String> selected();

  /** Text for chosen options that ask for it, keyed by option id. */
  @Value.Redacted
  Map<String, String> specified();

  static ChoiceAnswer of(String... selected) {
    return builder().addSelected(selected).build();
  }

  static ChoiceAnswer of(List<String> selected, Map<String, String> specified) {
    return builder().addAllSelected(selected).putAllSpecified(specified).build();
  }

  /** Whether the option with this id is chosen. */
  default boolean isSelected(String optionId) {
    return selected().contains(optionId);
  }

  @Override
  default <R> R accept(AnswerVisitor<R> visitor) {
    return visitor.visit(this);
  }

  @Override
  default Optional<ChoiceAnswer> asChoice() {
    return Optional.of(this);
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ChoiceAnswer}. */
  final class Builder extends ImmutableChoiceAnswer.Builder {
    Builder() {}

    /** Chooses an option. */
    public Builder select(String optionId) {
      addSelected(optionId);
      return this;
    }

    /** Chooses an option and gives its text. */
    public Builder select(String optionId, String text) {
      addSelected(optionId);
      putSpecified(optionId, text);
      return this;
    }
  }
}
