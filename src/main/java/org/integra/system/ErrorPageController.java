package org.integra.system;

import java.net.URI;
import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Answers every error the servlet container dispatches to {@code /error} (from
 * controllers, Spring Security's filters or Tomcat itself): browsers get the error page
 * in the layout and in their language, API clients {@code application/problem+json}.
 * Replaces Spring Boot's default error controller.
 */
@Controller
class ErrorPageController implements ErrorController {

	static final String VIEW = "error";

	static final String PATH = "/error";

	private final MessageSource messages;

	private final UploadLimit uploadLimit;

	ErrorPageController(MessageSource messages, UploadLimit uploadLimit) {
		this.messages = messages;
		this.uploadLimit = uploadLimit;
	}

	@RequestMapping(PATH)
	Object error(HttpServletRequest request) {
		int status = status(request);
		Locale locale = RequestContextUtils.getLocale(request);
		ErrorMessages keys = ErrorMessages.of(status,
				(key) -> this.messages.getMessage(key, null, null, locale) != null);
		if (ErrorClients.wantsProblem(originalPath(request), request.getHeader(HttpHeaders.ACCEPT))) {
			return problem(keys, locale, originalPath(request));
		}
		if (status == HttpStatus.UNAUTHORIZED.value()) {
			return new ModelAndView("redirect:/login");
		}
		ModelAndView page = new ModelAndView(VIEW, HttpStatus.valueOf(status));
		page.addObject("page", keys);
		page.addObject("backLink", ErrorClients.backLink(request));
		page.addObject("uploadLimit", textArguments(keys) == null ? null : this.uploadLimit.label());
		return page;
	}

	private ResponseEntity<ProblemDetail> problem(ErrorMessages keys, Locale locale, String path) {
		String apiTitle = "api.error.title." + keys.status();
		String title = this.messages.getMessage(apiTitle, null, null, locale);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(keys.status()),
				this.messages.getMessage(keys.textKey(), textArguments(keys), locale));
		problem.setTitle((title != null) ? title : this.messages.getMessage(keys.titleKey(), null, locale));
		problem.setInstance(URI.create(path));
		return ResponseEntity.status(keys.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	/**
	 * What a status's text names: the upload limit for 413, nothing otherwise (texts
	 * without arguments are not run through MessageFormat, so their apostrophes stay).
	 */
	private Object[] textArguments(ErrorMessages keys) {
		return (keys.status() == HttpStatus.CONTENT_TOO_LARGE.value()) ? new Object[] { this.uploadLimit.label() }
				: null;
	}

	/** The status the container reports; a direct visit of /error counts as not found. */
	private static int status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		if (code instanceof Integer number && HttpStatus.resolve(number) != null && number >= 400) {
			return number;
		}
		return (code == null) ? HttpStatus.NOT_FOUND.value() : HttpStatus.INTERNAL_SERVER_ERROR.value();
	}

	static String originalPath(HttpServletRequest request) {
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = (uri instanceof String text) ? text : request.getRequestURI();
		String context = request.getContextPath();
		return (!context.isEmpty() && path.startsWith(context)) ? path.substring(context.length()) : path;
	}

}
