/**
 * Finding and removing personal details in free text. Needs nothing else of EvidenceKit (only
 * libphonenumber), so other tools can use it alone.
 *
 * <pre>{@code
 * TextAnonymiser anonymiser = TextAnonymiser.standard();           // [NAME], [PHONE] ...
 * AnonymisedText out = anonymiser.anonymise("Call Sarah on 07700 900123.");
 * out.text();     // "Call [NAME] on [PHONE]."
 * out.report();   // type, offsets, rule, score, action of each span; never the original text
 *
 * TextAnonymiser children = TextAnonymiser.builder()
 *     .operator(EntityType.PERSON, Operator.pseudonym("Child"))   // "Child A", "Child B" ...
 *     .build();
 * TextAnonymiser.Batch batch = children.newBatch();                // consistent across texts
 *
 * List<Span> spans = PiiDetector.standard().detect(text);          // finding only
 * }</pre>
 *
 * <p>{@link org.evidencekit.anonymise.PiiDetector} finds {@link org.evidencekit.anonymise.spi.Span}s
 * of every {@link org.evidencekit.anonymise.spi.EntityType} with its recognisers, one per family,
 * and a partner's own ({@link org.evidencekit.anonymise.spi.Recogniser}, added through the
 * builder); {@link
 * org.evidencekit.anonymise.TextAnonymiser} replaces them with an {@link
 * org.evidencekit.anonymise.Operator} and reports them; {@link
 * org.evidencekit.anonymise.KnownTerms} adds details the caller knows (a respondent's own name)
 * to remove or keep. Anonymising the output again changes nothing more. Where unsure, the
 * anonymiser removes: a missed name is worse than a word too many.
 */
package org.evidencekit.anonymise;
