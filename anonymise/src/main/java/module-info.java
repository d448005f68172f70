/**
 * Finding and removing personal details in free text ({@code org.evidencekit.anonymise}, which
 * needs nothing else of EvidenceKit; its values and the recogniser interface that partners
 * implement are in {@code org.evidencekit.anonymise.spi}), applying a respondent's consent to whole responses
 * ({@code org.evidencekit.anonymise.response}, which needs the core model) and disclosure control
 * for published counts ({@code org.evidencekit.anonymise.counts}).
 */
module org.evidencekit.anonymise {
  requires static transitive org.evidencekit.model;
  requires com.google.i18n.phonenumbers.libphonenumber;

  exports org.evidencekit.anonymise;
  exports org.evidencekit.anonymise.spi;
  exports org.evidencekit.anonymise.response;
  exports org.evidencekit.anonymise.counts;
}
