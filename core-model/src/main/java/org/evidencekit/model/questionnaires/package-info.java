/**
 * The questionnaires that ship with EvidenceKit ({@link
 * org.evidencekit.model.questionnaires.Questionnaires}), among them the 2012 call for evidence,
 * each written in the public definition format and kept here as a resource; and invented example
 * responses to any questionnaire ({@link org.evidencekit.model.questionnaires.ExampleResponses}).
 */
package org.evidencekit.model.questionnaires;
