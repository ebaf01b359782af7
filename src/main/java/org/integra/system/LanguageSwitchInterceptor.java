package org.integra.system;

import java.security.Principal;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Switches the interface language on {@code ?lang=es|pt|en} and, for a signed-in user,
 * announces the choice so that it follows them to their next session. Unknown languages
 * are ignored.
 */
@Component
class LanguageSwitchInterceptor implements HandlerInterceptor {

	static final String PARAMETER = "lang";

	private final ApplicationEventPublisher events;

	LanguageSwitchInterceptor(ApplicationEventPublisher events) {
		this.events = events;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		String tag = request.getParameter(PARAMETER);
		if (!SupportedLanguages.isSupported(tag)) {
			return true;
		}
		Locale language = Locale.forLanguageTag(tag);
		var resolver = RequestContextUtils.getLocaleResolver(request);
		if (resolver != null) {
			resolver.setLocale(request, response, language);
		}
		Principal user = request.getUserPrincipal();
		if (user != null) {
			this.events.publishEvent(new LanguageChosen(user.getName(), language));
		}
		return true;
	}

}
