package org.integra.system;

import java.util.Comparator;
import java.util.List;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Supplies the layout with the navigation the current user may see and the languages to
 * switch to.
 */
@ControllerAdvice(annotations = Controller.class)
class LayoutAdvice {

	private final List<NavigationItem> navigation;

	LayoutAdvice(List<NavigationItem> navigation) {
		this.navigation = navigation.stream().sorted(Comparator.comparingInt(NavigationItem::order)).toList();
	}

	@ModelAttribute("navigation")
	List<NavigationItem> navigation() {
		Authentication user = SecurityContextHolder.getContext().getAuthentication();
		if (user == null || !user.isAuthenticated()) {
			return List.of();
		}
		return this.navigation.stream()
			.filter((item) -> item.visibleTo(user.getAuthorities()))
			.map((item) -> item.visibleItems(user.getAuthorities()))
			.toList();
	}

	/** The page's path, for the language links; on an error page the failing one. */
	@ModelAttribute("requestPath")
	String requestPath(HttpServletRequest request) {
		Object failing = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		return (failing instanceof String path) ? path : request.getRequestURI();
	}

	@ModelAttribute("languages")
	List<String> languages() {
		return SupportedLanguages.ALL.stream().map((locale) -> locale.getLanguage()).toList();
	}

}
