package org.integra.cities.web;

import java.util.Locale;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.integra.system.ErrorMessages;
import org.integra.system.UploadLimit;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * A file beyond the upload limit that the container only finds out while reading it (no
 * declared length; see {@code system.UploadLimitFilter} for the others): the API gets a
 * problem naming the limit, the GeoNames page its form again with a message, any other
 * page the app's error page. The multipart request fails before any controller is chosen,
 * so this advice is global and looks at the path.
 */
@ControllerAdvice
class UploadTooLargeAdvice {

	private final UploadLimit limit;

	private final MessageSource messages;

	UploadTooLargeAdvice(UploadLimit limit, MessageSource messages) {
		this.limit = limit;
		this.messages = messages;
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	Object tooLarge(MaxUploadSizeExceededException ex, HttpServletRequest request, Locale locale) {
		// On the container's error dispatch of a refused upload (UploadLimitFilter) the
		// body
		// is parsed again and fails again: that request gets the error page, whatever its
		// path.
		boolean errorDispatch = request.getDispatcherType() == DispatcherType.ERROR;
		Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String uri = (errorDispatch && original instanceof String text) ? text : request.getRequestURI();
		String path = uri.substring(Math.min(uri.length(), request.getContextPath().length()));
		if (path.startsWith("/api/")) {
			return ResponseEntity.status(413)
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(this.limit.problem(this.messages, locale));
		}
		if (!errorDispatch && path.startsWith("/admin/imports/geonames")) {
			return "redirect:/admin/imports/geonames?tooLarge";
		}
		org.springframework.web.servlet.ModelAndView page = new org.springframework.web.servlet.ModelAndView("error");
		page.addObject("page", ErrorMessages.of(413, (key) -> true));
		page.addObject("uploadLimit", this.limit.label());
		page.setStatus(org.springframework.http.HttpStatus.CONTENT_TOO_LARGE);
		return page;
	}

}
