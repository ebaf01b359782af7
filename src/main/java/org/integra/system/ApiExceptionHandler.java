package org.integra.system;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every error of the REST API into {@code application/problem+json} with a title
 * and detail in the caller's language; refusals ({@link RefusedException}) add what each
 * says more, e.g. validation problems list each field with its message.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private final MessageSource messages;

	ApiExceptionHandler(MessageSource messages) {
		this.messages = messages;
		setMessageSource(messages);
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return refused(new ValidationFailedException(ex.getBindingResult()));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return problem(HttpStatus.BAD_REQUEST, "api.error.unreadable");
	}

	/**
	 * Every refusal alike: its status, its title, its message as detail and the members
	 * it adds.
	 */
	@ExceptionHandler(RefusedException.class)
	ResponseEntity<Object> refused(RefusedException ex) {
		Locale locale = LocaleContextHolder.getLocale();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(ex.getHttpStatus(),
				this.messages.getMessage(ex.getMessageKey(), ex.getArguments(), locale));
		problem.setTitle(this.messages.getMessage(ex.getTitleKey(), null, locale));
		ex.problemProperties(this.messages, locale).forEach(problem::setProperty);
		return ResponseEntity.status(ex.getHttpStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException ex) {
		return problem(HttpStatus.BAD_REQUEST, "api.error.parameter", ex.getName());
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<Object> notFound(NotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, ex.getMessageKey(), ex.getArguments());
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ResponseEntity<Object> concurrentEdit(OptimisticLockingFailureException ex) {
		return problem(HttpStatus.CONFLICT, "api.error.concurrentEdit");
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	ResponseEntity<Object> conflict(DataIntegrityViolationException ex) {
		return problem(HttpStatus.CONFLICT, "api.error.conflict");
	}

	private ResponseEntity<Object> problem(HttpStatus status, String key, Object... arguments) {
		Locale locale = LocaleContextHolder.getLocale();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				this.messages.getMessage(key, arguments, locale));
		problem.setTitle(this.messages.getMessage("api.error.title." + status.value(), null, locale));
		return ResponseEntity.status(status).body(problem);
	}

}
