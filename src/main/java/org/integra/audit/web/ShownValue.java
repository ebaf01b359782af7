package org.integra.audit.web;

/**
 * A recorded value as shown: readable text and, for a record that still exists, the path
 * of its page.
 *
 * @param text the text shown
 * @param path the page of the record the value names, else {@code null}
 */
public record ShownValue(String text, String path) {

	static ShownValue text(String text) {
		return new ShownValue(text, null);
	}

}
