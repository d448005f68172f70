package org.evidencekit.web;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The storage scenarios on the default database, an H2 file. */
class H2StorageTest {
  @TempDir Path dir;

  @Test
  void responsesDraftsFilesAndThePasswordSurviveARestart() throws Exception {
    StorageScenarios.run(TestForms.h2(dir));
  }
}
