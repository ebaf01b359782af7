package org.integra.accounts;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * After sign-in, switches the interface to the language the user chose last time, then
 * continues to the page they asked for (as a path on this site, whatever {@code Host} the
 * request claimed).
 */
@Component
class LoginSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

	private final UserAccountRepository users;

	private final LocaleResolver locales;

	LoginSuccessHandler(UserAccountRepository users, LocaleResolver locales) {
		this.users = users;
		this.locales = locales;
		setDefaultTargetUrl("/");
		setRedirectStrategy(new PathOnlyRedirects());
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException, ServletException {
		this.users.findByUsername(authentication.getName())
			.ifPresent((account) -> this.locales.setLocale(request, response,
					Locale.forLanguageTag(account.getLanguage())));
		super.onAuthenticationSuccess(request, response, authentication);
	}

}
