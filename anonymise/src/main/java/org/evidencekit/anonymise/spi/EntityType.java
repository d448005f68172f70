package org.evidencekit.anonymise.spi;

/** The kinds of personal detail the anonymiser finds, each with the tag that replaces it. */
public enum EntityType {
  /** A person's name: first name, full name, surname after a title, nickname. */
  PERSON("NAME", "Person"),
  /** Initials standing for a person ("K.L.", "JT"). Never published. */
  INITIALS("INITIALS", "Person"),
  /** A date of birth, in any common format. Never published. */
  DATE_OF_BIRTH("DATE_OF_BIRTH", "Date"),
  /** A street address: house number and street, flat number. */
  ADDRESS("ADDRESS", "Address"),
  /** A full UK postcode. */
  POSTCODE("POSTCODE", "Postcode"),
  /** A telephone number. */
  PHONE("PHONE", "Phone"),
  /** An email address, also written out ("name at domain dot com"). */
  EMAIL("EMAIL", "Email"),
  /** An NHS number. */
  NHS_NUMBER("NHS_NUMBER", "NHS number"),
  /** A National Insurance number. */
  NI_NUMBER("NI_NUMBER", "NI number"),
  /** The name of a school, academy or college. */
  SCHOOL("SCHOOL", "School"),
  /** A social media handle or user name. */
  SOCIAL_HANDLE("SOCIAL_HANDLE", "Account"),
  /** A vehicle registration mark. */
  VEHICLE_REG("VEHICLE_REG", "Vehicle"),
  /** A crime, case, incident or system reference, or a bare case number after a cue ("ID 558812"). */
  CASE_REF("CASE_REF", "Reference"),
  /**
   * An organisation small enough to point at a child or a family (a named care home, club,
   * nursery, youth project or shop), or one named by the caller (such as the respondent's own).
   */
  ORGANISATION("ORGANISATION", "Organisation"),
  /** A web address that names a person or an account: a channel, a profile, a blog. */
  URL("URL", "Link"),
  /** A file or folder name that carries a person's name. */
  FILE_NAME("FILE_NAME", "File"),
  /** An IP address (IPv4 or IPv6). */
  IP_ADDRESS("IP_ADDRESS", "IP address"),
  /** Bank details: a sort code, an account number, an IBAN or a payment card number. */
  BANK_ACCOUNT("BANK_ACCOUNT", "Account"),
  /** A passport number. */
  PASSPORT("PASSPORT", "Passport"),
  /** A PIN, passcode, password or door code. */
  PIN("PIN", "Code");

  private final String tag;
  private final String bracketed;
  private final String pseudonymLabel;

  EntityType(String tag, String pseudonymLabel) {
    this.tag = tag;
    this.bracketed = "[" + tag + "]";
    this.pseudonymLabel = pseudonymLabel;
  }

  /** The replacement text for this type: {@code [NAME]}, {@code [POSTCODE]} ... */
  public String tag() {
    return bracketed;
  }

  /** The bare tag name ({@code NAME}), as used in hashed tokens. */
  public String tagName() {
    return tag;
  }

  /** The default label of consistent pseudonyms of this type ("Person" gives "Person A"). */
  public String defaultPseudonymLabel() {
    return pseudonymLabel;
  }
}
