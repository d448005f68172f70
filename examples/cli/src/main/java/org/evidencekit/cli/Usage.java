package org.evidencekit.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.MutuallyExclusiveArgsException;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * What is wrong with a command as typed, in words that never repeat the values given: an
 * argument can be a respondent's text pasted by mistake (picocli's own messages quote them).
 * Option names are named; values are described.
 */
final class Usage {
  private static final Pattern OPTION = Pattern.compile("--?[A-Za-z][-A-Za-z0-9]*");
  private static final Pattern QUOTED = Pattern.compile("'([^']*)'");
  private static final Pattern LABEL = Pattern.compile("--?[A-Za-z][-A-Za-z0-9]*(=[A-Z][A-Za-z.]*)?|[A-Z][A-Z]*(\\.[a-z]+)?");

  private Usage() {}

  static String describe(ParameterException e) {
    if (e instanceof UnmatchedArgumentException) {
      return unmatched((UnmatchedArgumentException) e);
    }
    if (e instanceof MissingParameterException || e instanceof MutuallyExclusiveArgsException
        || e instanceof OverwrittenOptionException) {
      return scrub(e.getMessage()); // names options and labels only
    }
    ArgSpec arg = e.getArgSpec();
    if (arg != null && e.getValue() != null) {
      return "the value given for " + name(arg) + " is not " + expected(arg);
    }
    return scrub(e.getMessage());
  }

  private static String unmatched(UnmatchedArgumentException e) {
    List<String> options = new ArrayList<>();
    int others = 0;
    for (String arg : e.getUnmatched()) {
      String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
      if (OPTION.matcher(name).matches()) {
        options.add(name);
      } else {
        others++;
      }
    }
    StringBuilder sb = new StringBuilder();
    if (!options.isEmpty()) {
      sb.append(options.size() == 1 ? "unknown option " : "unknown options ").append(String.join(", ", options));
      List<String> suggestions = e.getSuggestions();
      if (options.size() == 1 && !suggestions.isEmpty()) {
        sb.append(" (did you mean ").append(String.join(" or ", suggestions)).append("?)");
      }
    }
    if (others > 0) {
      sb.append(sb.length() == 0 ? "" : "; ")
          .append(others == 1 ? "one argument more than the command takes" : others + " arguments more than the command takes")
          .append(" (not repeated here: it may be text that should not be on a command line)");
    }
    return sb.toString();
  }

  private static String name(ArgSpec arg) {
    if (arg instanceof OptionSpec) {
      return ((OptionSpec) arg).longestName();
    }
    if (arg instanceof PositionalParamSpec) {
      return arg.paramLabel();
    }
    return "an argument";
  }

  private static String expected(ArgSpec arg) {
    Class<?> type = arg.type();
    if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
      return "a whole number";
    }
    if (type.isEnum()) {
      List<String> values = new ArrayList<>();
      for (Object c : type.getEnumConstants()) {
        values.add(c.toString());
      }
      return "one of " + String.join(", ", values);
    }
    return "what it takes: " + arg.paramLabel();
  }

  /** The message with every quoted part that is not an option's name or a label left out. */
  static String scrub(String message) {
    Matcher m = QUOTED.matcher(message);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(sb, Matcher.quoteReplacement(LABEL.matcher(m.group(1)).matches() ? m.group(0) : "(a value)"));
    }
    m.appendTail(sb);
    String s = sb.toString();
    return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }

  /**
   * A stack trace for a bug report (EVIDENCEKIT_DEBUG): the exceptions' classes and the frames,
   * without their messages, which might hold what a respondent wrote.
   */
  static void printTrace(Throwable e, PrintStream to) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      to.println((t == e ? "" : "Caused by: ") + t.getClass().getName() + " (message left out)");
      for (StackTraceElement frame : t.getStackTrace()) {
        to.println("\tat " + frame);
      }
    }
  }
}
