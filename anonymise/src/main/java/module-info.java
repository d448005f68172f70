/** Finding and removing personal details in free text and whole responses; disclosure control for published counts. */
module org.evidencekit.anonymise {
  requires static org.evidencekit.model;
}
