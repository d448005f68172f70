package org.evidencekit.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.evidencekit.model.EvidenceKitException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The evidencekit command line: a reference implementation built only on EvidenceKit's public
 * API. Exit codes: 0 done (valid), 1 a problem found (invalid), 2 unusable input or usage.
 */
@Command(
    name = "evidencekit",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {
      "Run a call for evidence: questionnaires, responses, validation, documents, anonymisation and"
          + " counts safe to publish.",
      "Exit codes: 0 done (a response valid), 1 a response invalid or not for publication, 2 unusable"
          + " input or a mistake in the command."
    },
    subcommands = {
      QuestionnaireCommand.class,
      ExampleResponseCommand.class,
      ValidateCommand.class,
      SchemaCommand.class,
      DemoCommand.class,
      RenderCommand.class,
      ReadCommand.class,
      AnonymiseTextCommand.class,
      AnonymiseCommand.class,
      CountsCommand.class,
      IntakeCommand.class,
      ServeCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line with UTF-8 standard streams; returns the exit code. */
  public static int run(String... args) {
    PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    return run(out, err, args);
  }

  /** Runs the command line writing to these streams; for tests. */
  public static int run(PrintStream out, PrintStream rawErr, String... args) {
    // Nothing from a file's name or a document puts a control character on the terminal.
    PrintStream err = new PrintStream(new Escaping(rawErr), true, StandardCharsets.UTF_8);
    try {
      CommandLine cli = new CommandLine(new Main());
      cli.setOut(new PrintWriter(out, true));
      cli.setErr(new PrintWriter(err, true));
      cli.setExecutionExceptionHandler(
          (e, commandLine, parseResult) -> {
            if (e instanceof EvidenceKitException) {
              err.println("evidencekit: " + e.getMessage());
              return Exit.UNUSABLE;
            }
            Throwable io = e instanceof java.io.UncheckedIOException ? e.getCause() : e;
            if (io instanceof java.nio.file.FileSystemException) {
              java.nio.file.FileSystemException fs = (java.nio.file.FileSystemException) io;
              err.println("evidencekit: " + (fs.getFile() == null ? "a file" : Names.shown(fs.getFile()))
                  + (io instanceof java.nio.file.NoSuchFileException ? ": no such file or folder"
                      : io instanceof java.nio.file.AccessDeniedException ? ": permission denied"
                      : io instanceof java.nio.file.FileAlreadyExistsException ? ": already exists"
                      : ": cannot be read or written"));
              return Exit.UNUSABLE;
            }
            if (io instanceof java.io.IOException) {
              err.println("evidencekit: a file could not be read or written");
              return Exit.UNUSABLE;
            }
            err.println("evidencekit: unexpected " + e.getClass().getSimpleName()
                + " (a bug: please report it with the command you ran)");
            if (System.getenv("EVIDENCEKIT_DEBUG") != null) {
              Usage.printTrace(e, err);
            }
            return Exit.INTERNAL;
          });
      cli.setParameterExceptionHandler(
          (e, argsGiven) -> {
            err.println("evidencekit: " + Usage.describe(e));
            err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for how to use it.");
            return Exit.UNUSABLE;
          });
      return cli.execute(args);
    } finally {
      out.flush();
      err.flush();
    }
  }

  /** The version, from the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"evidencekit " + (v == null ? "(development build)" : v)};
    }
  }
}
