package org.integra.ranking.web;

import org.integra.system.NotFoundException;

/**
 * Reads page numbers and ids typed into URLs without failing on bad text.
 */
final class PageParameter {

	private static final int MAX_PAGE = 100_000;

	private PageParameter() {
	}

	/** A page number from 0; anything unreadable is the first page. */
	static int parse(String text) {
		if (text == null || !text.strip().matches("\\d{1,6}")) {
			return 0;
		}
		return Math.min(MAX_PAGE, Integer.parseInt(text.strip()));
	}

	/**
	 * An id; unreadable text names nothing that exists.
	 * @throws NotFoundException if the text is not a positive whole number
	 */
	static long id(String text) {
		if (text == null || !text.strip().matches("\\d{1,18}")) {
			throw new NotFoundException("ranking.notFound.id", text);
		}
		return Long.parseLong(text.strip());
	}

}
