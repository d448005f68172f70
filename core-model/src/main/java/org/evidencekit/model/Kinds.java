package org.evidencekit.model;

/** The JSON names of question kinds ("short-text", "count"), for the definition's messages. */
final class Kinds {
  private Kinds() {}

  private static final QuestionVisitor<String> NAME =
      new QuestionVisitor<>() {
        @Override
        public String visit(ShortTextQuestion question) {
          return "short-text";
        }

        @Override
        public String visit(LongTextQuestion question) {
          return "long-text";
        }

        @Override
        public String visit(EmailQuestion question) {
          return "email";
        }

        @Override
        public String visit(CountQuestion question) {
          return "count";
        }

        @Override
        public String visit(TickBoxQuestion question) {
          return "tick-box";
        }

        @Override
        public String visit(SingleChoiceQuestion question) {
          return "single-choice";
        }

        @Override
        public String visit(MultipleChoiceQuestion question) {
          return "multiple-choice";
        }

        @Override
        public String visit(QuestionGroup group) {
          return "group";
        }
      };

  /** "short-text", "count", "group" ... */
  static String of(Question question) {
    return question.accept(NAME);
  }

  /** The kind's name with its article: "a short-text", "an email", "a count". */
  static String withArticle(Question question) {
    String name = of(question);
    return ("aeiou".indexOf(name.charAt(0)) >= 0 ? "an " : "a ") + name;
  }
}
