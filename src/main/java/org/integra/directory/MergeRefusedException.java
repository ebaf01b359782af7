package org.integra.directory;

import org.integra.system.RefusedException;

import org.springframework.http.HttpStatus;

/**
 * A merge that is refused (the same record twice, or one that is missing), with the
 * message key of why; nothing was changed.
 */
public class MergeRefusedException extends RefusedException {

	MergeRefusedException(String messageKey) {
		super(HttpStatus.CONFLICT, messageKey);
	}

}
