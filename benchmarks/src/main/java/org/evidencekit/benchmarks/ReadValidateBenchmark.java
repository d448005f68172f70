package org.evidencekit.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.Response;
import org.evidencekit.model.json.EvidenceJson;
import org.evidencekit.model.questionnaires.Questionnaires;
import org.evidencekit.model.validation.ResponseValidator;
import org.evidencekit.model.validation.ValidationReport;
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
 * Issue 2's speed goal: JSON read plus validation of a complete 2012 response, per second on one
 * core (one thread). Target: at least 10,000 per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgsAppend = {"-XX:ActiveProcessorCount=1"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ReadValidateBenchmark {
  Questionnaire questionnaire;
  byte[] json;
  EvidenceJson reader;
  ResponseValidator validator;

  @Setup
  public void setUp() {
    questionnaire = Questionnaires.callForEvidence2012();
    reader = EvidenceJson.standard();
    validator = ResponseValidator.standard();
    json = reader.write(Questionnaires.exampleResponse(questionnaire.id())).getBytes(StandardCharsets.UTF_8);
    if (!validator.validate(questionnaire, reader.readResponse(json, "bench")).isValid()) {
      throw new IllegalStateException("the example response must be valid");
    }
  }

  @Benchmark
  public ValidationReport readAndValidate() {
    Response r = reader.readResponse(json, "bench");
    return validator.validate(questionnaire, r);
  }

  @Benchmark
  public Response readOnly() {
    return reader.readResponse(json, "bench");
  }
}
