package org.integra.ranking.web;

import org.integra.system.NotFoundException;
import org.integra.system.RequestParams;

/**
 * Reads page numbers and ids typed into URLs without failing on bad text.
 */
final class PageParameter {

	private PageParameter() {
	}

	/** A page number from 0; anything unreadable is the first page. */
	static int parse(String text) {
		return RequestParams.page(text);
	}

	/**
	 * An id; unreadable text names nothing that exists.
	 * @throws NotFoundException if the text is not a positive whole number
	 */
	static long id(String text) {
		Long id = RequestParams.id(text);
		if (id == null) {
			throw new NotFoundException("ranking.notFound.id", text);
		}
		return id;
	}

}
