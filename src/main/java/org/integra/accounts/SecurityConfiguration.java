package org.integra.accounts;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.integra.system.IntegraProperties;
import org.integra.system.AccessRules;
import org.integra.system.BaseUrl;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.session.autoconfigure.DefaultCookieSerializerCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.util.StringUtils;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AccountsProperties.class)
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
			+ "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	private static final Pattern TILE_ORIGIN = Pattern.compile("^(https?://)([A-Za-z0-9.{}-]+)(:\\d+)?(/.*)?$");

	/** One year, as browsers and preload lists expect. */
	static final long HSTS_MAX_AGE_SECONDS = 31_536_000;

	static final RequestMatcher API = PathPatternRequestMatcher.withDefaults().matcher("/api/**");

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/**
	 * The bearer filter is a bean only to be wired into the security chain; without this,
	 * Boot would also register it as a servlet filter of its own, outside the chain.
	 */
	@Bean
	FilterRegistrationBean<BearerTokenAuthenticationFilter> bearerTokenFilterRegistration(
			BearerTokenAuthenticationFilter filter) {
		FilterRegistrationBean<BearerTokenAuthenticationFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setEnabled(false);
		return registration;
	}

	@Bean
	FilterRegistrationBean<LoginRateLimit> loginRateLimitRegistration(LoginRateLimit filter) {
		FilterRegistrationBean<LoginRateLimit> registration = new FilterRegistrationBean<>(filter);
		registration.setEnabled(false);
		return registration;
	}

	/**
	 * The only way to sign in with a password. As the one provider bean it makes the
	 * global authentication manager; the chain adds none of its own, since a chain's
	 * provider that fails falls back to the global one and the attempt would count twice.
	 */
	@Bean
	CountedPasswordAuthentication passwordAuthentication(AccountUserDetailsService users, PasswordEncoder passwords,
			LoginAttempts attempts) {
		return new CountedPasswordAuthentication(users, passwords, attempts);
	}

	/**
	 * Boot applies {@code server.servlet.session.cookie.*} to the session cookie only
	 * with its embedded server; this keeps the cookie's name, HttpOnly and SameSite also
	 * when the app runs in another container (and in MockMvc tests).
	 */
	@Bean
	DefaultCookieSerializerCustomizer sessionCookieHardening(Environment environment, BaseUrl baseUrl) {
		String name = environment.getProperty("server.servlet.session.cookie.name", "INTEGRA_SESSION");
		String sameSite = StringUtils.capitalize(
				environment.getProperty("server.servlet.session.cookie.same-site", "lax").toLowerCase(Locale.ROOT));
		return (serializer) -> {
			serializer.setCookieName(name);
			serializer.setUseHttpOnlyCookie(true);
			serializer.setSameSite(sameSite);
			// served over https (integra.base-url): the cookie never travels in clear,
			// also
			// when TLS ends at a proxy and the request reaching the app looks plain
			serializer.setUseSecureCookie(baseUrl.isHttps()
					|| environment.getProperty("server.servlet.session.cookie.secure", Boolean.class, false));
		};
	}

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, List<AccessRules> moduleRules,
			BearerTokenAuthenticationFilter bearerTokens, LoginRateLimit loginRate, LoginFailureHandler loginFailures,
			LoginSuccessHandler loginSuccess, ProblemSecurityHandlers problems, BaseUrl baseUrl,
			IntegraProperties settings) throws Exception {
		String tileUrl = settings.map().tileUrl();
		http.authorizeHttpRequests((rules) -> {
			rules
				.requestMatchers("/webjars/**", "/css/**", "/js/**", "/img/**", "/geo/**", "/favicon.ico", "/error",
						"/login")
				.permitAll();
			rules.requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").authenticated();
			moduleRules.forEach((contribution) -> contribution.configure(rules));
			rules.anyRequest().authenticated();
		});
		http.formLogin((form) -> form.loginPage("/login")
			.failureHandler(loginFailures)
			.successHandler(loginSuccess)
			.permitAll());
		http.logout((logout) -> logout.logoutSuccessUrl("/login?logout").permitAll());
		http.csrf((csrf) -> csrf.ignoringRequestMatchers(BearerTokenAuthenticationFilter::hasBearerToken));
		http.addFilterBefore(loginRate, UsernamePasswordAuthenticationFilter.class);
		http.addFilterBefore(bearerTokens, UsernamePasswordAuthenticationFilter.class);
		http.exceptionHandling((errors) -> errors.defaultAuthenticationEntryPointFor(problems, API)
			.defaultAccessDeniedHandlerFor(problems, API)
			// pages: the container's error dispatch renders the error page in the layout
			.defaultAccessDeniedHandlerFor(new AccessDeniedHandlerImpl(), AnyRequestMatcher.INSTANCE));
		http.headers((headers) -> headers
			.contentSecurityPolicy((csp) -> csp.policyDirectives(contentSecurityPolicy(tileUrl)))
			.frameOptions((frames) -> frames.deny())
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.httpStrictTransportSecurity((hsts) -> {
				// by the configured address, not request.isSecure(): behind a TLS proxy
				// the request reaching the app is plain http
				if (baseUrl.isHttps()) {
					hsts.requestMatcher(AnyRequestMatcher.INSTANCE).maxAgeInSeconds(HSTS_MAX_AGE_SECONDS);
				}
				else {
					hsts.disable();
				}
			}));
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
