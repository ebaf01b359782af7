package org.integra.system;

import java.time.LocalDate;
import java.util.List;

/**
 * One dated event on a timeline, as a module that knows it describes it for a page of a
 * module that does not.
 *
 * @param date when it happened
 * @param kindKey message key of what happened, e.g. a meeting or a stage move
 * @param tagKeys message keys shown as tags, e.g. the channel and the interest
 * @param title a short title as text, e.g. the city or the intermediary
 * @param text the longer text, e.g. a summary; may be {@code null}
 * @param details labelled values shown below the text
 * @param href the page with everything about it; may be {@code null}
 * @param recordedBy the username that recorded it
 */
public record TimelineEntry(LocalDate date, String kindKey, List<String> tagKeys, String title, String text,
		List<Detail> details, String href, String recordedBy) {

	public TimelineEntry {
		tagKeys = (tagKeys == null) ? List.of() : List.copyOf(tagKeys);
		details = (details == null) ? List.of() : List.copyOf(details);
	}

	/**
	 * A labelled value.
	 *
	 * @param labelKey message key of the label
	 * @param value the value as text
	 */
	public record Detail(String labelKey, String value) {
	}

}
