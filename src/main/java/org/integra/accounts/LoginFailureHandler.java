package org.integra.accounts;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * Sends a failed sign-in back to the form with the reason it may show. A locked account
 * gets the same answer as a wrong password, so that an answer never tells whether an
 * account exists or is locked; only the right password learns that its account is
 * disabled.
 */
@Component
class LoginFailureHandler implements AuthenticationFailureHandler {

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		String reason = (exception instanceof DisabledException) ? "disabled" : "bad-credentials";
		response.sendRedirect(request.getContextPath() + "/login?error=" + reason);
	}

}
