package org.evidencekit.model;

/** The JSON names of question kinds, for messages. */
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

  /** What the respondent does to answer: "enter", "tick", "select". */
  static final QuestionVisitor<String> VERB =
      new QuestionVisitor<>() {
        @Override
        public String visit(ShortTextQuestion question) {
          return "enter";
        }

        @Override
        public String visit(LongTextQuestion question) {
          return "enter";
        }

        @Override
        public String visit(EmailQuestion question) {
          return "enter";
        }

        @Override
        public String visit(CountQuestion question) {
          return "enter";
        }

        @Override
        public String visit(TickBoxQuestion question) {
          return "tick";
        }

        @Override
        public String visit(SingleChoiceQuestion question) {
          return "select";
        }

        @Override
        public String visit(MultipleChoiceQuestion question) {
          return "select";
        }

        @Override
        public String visit(QuestionGroup group) {
          return "answer";
        }
      };

  /** What a right answer looks like in a response's JSON. */
  static final QuestionVisitor<String> EXPECTED =
      new QuestionVisitor<>() {
        @Override
        public String visit(ShortTextQuestion question) {
          return "text";
        }

        @Override
        public String visit(LongTextQuestion question) {
          return "text";
        }

        @Override
        public String visit(EmailQuestion question) {
          return "an email address as text";
        }

        @Override
        public String visit(CountQuestion question) {
          return "a whole number, like 12";
        }

        @Override
        public String visit(TickBoxQuestion question) {
          return "true (ticked) or false (not ticked)";
        }

        @Override
        public String visit(SingleChoiceQuestion question) {
          return "the option chosen, as {\"selected\": [option id]}";
        }

        @Override
        public String visit(MultipleChoiceQuestion question) {
          return "the options chosen, as {\"selected\": [option ids]}";
        }

        @Override
        public String visit(QuestionGroup group) {
          return "answers to its questions";
        }
      };

  /** "short-text", "count", "group" ... */
  static String of(Question question) {
    return question.accept(NAME);
  }
}
