package org.integra.directory.web;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers {@link DuplicatesFound} with 409 {@code application/problem+json} listing the
 * probable duplicates.
 */
@RestControllerAdvice(assignableTypes = DirectoryApiController.class)
class DuplicatesFoundAdvice {

	private final MessageSource messages;

	DuplicatesFoundAdvice(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(DuplicatesFound.class)
	ResponseEntity<ProblemDetail> duplicates(DuplicatesFound ex) {
		Locale locale = LocaleContextHolder.getLocale();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				this.messages.getMessage("directory.duplicates.api", null, locale));
		problem.setTitle(this.messages.getMessage("api.error.title.409", null, locale));
		problem.setProperty("duplicates", ex.matches());
		return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
	}

}
