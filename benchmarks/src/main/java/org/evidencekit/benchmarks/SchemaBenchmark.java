package org.evidencekit.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.json.EvidenceJson;
import org.evidencekit.model.questionnaires.Questionnaires;
import org.evidencekit.schema.ResponseSchemas;
import org.evidencekit.schema.SchemaProblem;
import org.evidencekit.schema.SchemaValidator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 3's speed goal: schema validation of a complete 2012 response (its JSON text: parsing
 * included), per second on one core (one thread), with the schema generated and compiled once.
 * Target: at least 10,000 per second. Also an invalid response, whose problems are told in words
 * and placed at their lines, and the generation of the schema itself. Run with
 * {@code ./bench Schema}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-XX:ActiveProcessorCount=1"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class SchemaBenchmark {
  Questionnaire questionnaire;
  SchemaValidator validator;
  String complete;
  String invalid;

  @Setup
  public void setUp() {
    questionnaire = Questionnaires.callForEvidence2012();
    validator = SchemaValidator.of(ResponseSchemas.standard().schemaFor(questionnaire));
    complete = EvidenceJson.standard().write(Questionnaires.exampleResponse(questionnaire.id()));
    if (!validator.validate(complete).isEmpty()) {
      throw new IllegalStateException("the example response must be valid");
    }
    invalid = complete.replaceFirst("\"cse-victims-per-year\" : [0-9]+", "\"cse-victims-per-year\" : 12.5")
        .replaceFirst("\"answers\" : \\{", "\"answers\" : { \"no-such-question\" : 1,");
    if (validator.validate(invalid).size() != 2) {
      throw new IllegalStateException("the invalid response must have two problems");
    }
  }

  /** The goal: a complete, valid 2012 response. */
  @Benchmark
  public List<SchemaProblem> validateCompleteResponse() {
    return validator.validate(complete);
  }

  @Benchmark
  public List<SchemaProblem> validateInvalidResponse() {
    return validator.validate(invalid);
  }

  @Benchmark
  public SchemaValidator generateAndCompileSchema() {
    return SchemaValidator.of(ResponseSchemas.standard().schemaFor(questionnaire));
  }
}
