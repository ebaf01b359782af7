package org.integra.accounts;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * Sends a failed sign-in back to the form with the reason it can show: wrong credentials,
 * a locked account or a disabled one.
 */
@Component
class LoginFailureHandler implements AuthenticationFailureHandler {

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		String reason = "bad-credentials";
		if (exception instanceof LockedException) {
			reason = "locked";
		}
		else if (exception instanceof DisabledException) {
			reason = "disabled";
		}
		response.sendRedirect(request.getContextPath() + "/login?error=" + reason);
	}

}
