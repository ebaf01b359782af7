package org.integra.cities.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * A file beyond the upload limit sends the admin back to the import page with a message
 * instead of an error page. The multipart request fails before any controller is chosen,
 * so this advice is global and looks at the path.
 */
@ControllerAdvice
class UploadTooLargeAdvice {

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	String tooLarge(MaxUploadSizeExceededException ex, HttpServletRequest request)
			throws MaxUploadSizeExceededException {
		if (request.getRequestURI().startsWith(request.getContextPath() + "/admin/imports/geonames")) {
			return "redirect:/admin/imports/geonames?tooLarge";
		}
		throw ex;
	}

}
