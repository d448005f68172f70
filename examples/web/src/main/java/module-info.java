/**
 * The EvidenceKit web form: any questionnaire as an accessible, GOV.UK-style online form with a
 * real database, and an admin area for the team. A reference implementation built only on
 * EvidenceKit's public API; its one exported package holds {@code WebForm}.
 */
module org.evidencekit.web {
  requires transitive org.evidencekit.model;
  requires org.evidencekit.anonymise;
  requires io.javalin;
  requires jakarta.servlet;
  requires flyway.core; // a name derived from its jar: Flyway declares none
  requires com.zaxxer.hikari;
  requires java.sql;

  exports org.evidencekit.web;

  uses org.evidencekit.model.spi.DocumentFormat;
}
