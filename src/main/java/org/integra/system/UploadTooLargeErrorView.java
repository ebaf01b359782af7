package org.integra.system;

import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * The app's error page for an upload over the limit, with the limit to name.
 */
@Component
class UploadTooLargeErrorView implements ErrorViewResolver {

	private final UploadLimit limit;

	UploadTooLargeErrorView(UploadLimit limit) {
		this.limit = limit;
	}

	@Override
	public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
		if (status != HttpStatus.CONTENT_TOO_LARGE) {
			return null;
		}
		Map<String, Object> page = new HashMap<>(model);
		page.put("limit", this.limit.label());
		return new ModelAndView("error", page, status);
	}

}
