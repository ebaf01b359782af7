package org.integra.accounts;

import java.io.IOException;
import java.time.Clock;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates a request that carries {@code Authorization: Bearer <token>} for that
 * request only; nothing is stored in a session. A wrong token gets a 401 problem at once.
 */
@Component
class BearerTokenAuthenticationFilter extends OncePerRequestFilter {

	private static final String BEARER = "Bearer ";

	private final ApiTokens tokens;

	private final ProblemSecurityHandlers problems;

	private final Clock clock;

	BearerTokenAuthenticationFilter(ApiTokens tokens, ProblemSecurityHandlers problems, Clock clock) {
		this.tokens = tokens;
		this.problems = problems;
		this.clock = clock;
	}

	static boolean hasBearerToken(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		return header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!hasBearerToken(request)) {
			chain.doFilter(request, response);
			return;
		}
		String token = request.getHeader(HttpHeaders.AUTHORIZATION).substring(BEARER.length()).strip();
		var account = this.tokens.authenticate(token);
		if (account.isEmpty()) {
			SecurityContextHolder.clearContext();
			this.problems.commence(request, response, new BadCredentialsException("invalid token"));
			return;
		}
		UserDetails user = AccountUserDetailsService.toUserDetails(account.get(), this.clock);
		var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
