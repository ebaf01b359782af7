package org.integra.accounts;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.integra.system.AccessRules;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
			+ "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	private static final Pattern TILE_ORIGIN = Pattern.compile("^(https?://)([A-Za-z0-9.{}-]+)(:\\d+)?(/.*)?$");

	static final RequestMatcher API = PathPatternRequestMatcher.withDefaults().matcher("/api/**");

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, List<AccessRules> moduleRules,
			BearerTokenAuthenticationFilter bearerTokens, LoginFailureHandler loginFailures,
			LoginSuccessHandler loginSuccess, ProblemSecurityHandlers problems,
			@Value("${integra.map.tile-url:}") String tileUrl) throws Exception {
		http.authorizeHttpRequests((rules) -> {
			rules
				.requestMatchers("/webjars/**", "/css/**", "/js/**", "/img/**", "/geo/**", "/favicon.ico", "/error",
						"/login")
				.permitAll();
			rules.requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").authenticated();
			moduleRules.forEach((contribution) -> contribution.configure(rules));
			rules.requestMatchers(HttpMethod.GET, "/").authenticated();
			rules.anyRequest().authenticated();
		});
		http.formLogin((form) -> form.loginPage("/login")
			.failureHandler(loginFailures)
			.successHandler(loginSuccess)
			.permitAll());
		http.logout((logout) -> logout.logoutSuccessUrl("/login?logout").permitAll());
		http.csrf((csrf) -> csrf.ignoringRequestMatchers(BearerTokenAuthenticationFilter::hasBearerToken));
		http.addFilterBefore(bearerTokens, UsernamePasswordAuthenticationFilter.class);
		http.exceptionHandling((errors) -> errors.defaultAuthenticationEntryPointFor(problems, API)
			.defaultAccessDeniedHandlerFor(problems, API));
		http.headers((headers) -> headers
			.contentSecurityPolicy((csp) -> csp.policyDirectives(contentSecurityPolicy(tileUrl)))
			.frameOptions((frames) -> frames.deny())
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
		http.sessionManagement((sessions) -> sessions.sessionFixation((fixation) -> fixation.changeSessionId()));
		return http.build();
	}

	/**
	 * The policy, with the origin of the map tile server added to {@code img-src} when
	 * one is configured.
	 */
	static String contentSecurityPolicy(String tileUrl) {
		Matcher matcher = TILE_ORIGIN.matcher((tileUrl != null) ? tileUrl.strip() : "");
		if (!matcher.matches()) {
			return CONTENT_SECURITY_POLICY;
		}
		String host = matcher.group(2).replace("{s}", "*");
		if (host.contains("{") || host.contains("}")) {
			return CONTENT_SECURITY_POLICY;
		}
		String port = (matcher.group(3) != null) ? matcher.group(3) : "";
		return CONTENT_SECURITY_POLICY.replace("img-src 'self' data:",
				"img-src 'self' data: " + matcher.group(1) + host + port);
	}

}
