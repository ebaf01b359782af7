package org.integra.letters;

/**
 * Whether a template makes a letter (printed or sent as PDF-like text) or an e-mail.
 */
public enum TemplateKind {

	LETTER, EMAIL

}
