package org.integra.accounts;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.Cookie;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Keeps cookies between MockMvc requests as a browser does, so that the session (kept in
 * the database by Spring Session) and the language cookie carry over.
 */
public class Browser {

	public static final String SESSION_COOKIE = "INTEGRA_SESSION";

	private final MockMvc mvc;

	private final Map<String, Cookie> cookies = new LinkedHashMap<>();

	public Browser(MockMvc mvc) {
		this.mvc = mvc;
	}

	public MvcResult perform(MockHttpServletRequestBuilder request) throws Exception {
		if (!this.cookies.isEmpty()) {
			request.cookie(this.cookies.values().toArray(Cookie[]::new));
		}
		MvcResult result = this.mvc.perform(request).andReturn();
		for (Cookie cookie : result.getResponse().getCookies()) {
			if (cookie.getMaxAge() == 0) {
				this.cookies.remove(cookie.getName());
			}
			else {
				this.cookies.put(cookie.getName(), cookie);
			}
		}
		return result;
	}

	public MvcResult login(String username, String password) throws Exception {
		return perform(post("/login").param("username", username).param("password", password).with(csrf()));
	}

	/** Signs in as a client at another network address. */
	public MvcResult loginFrom(String remoteAddress, String username, String password) throws Exception {
		return perform(
				post("/login").param("username", username).param("password", password).with(csrf()).with((request) -> {
					request.setRemoteAddr(remoteAddress);
					return request;
				}));
	}

	public String cookie(String name) {
		Cookie cookie = this.cookies.get(name);
		return (cookie != null) ? cookie.getValue() : null;
	}

	public void clearCookies() {
		this.cookies.clear();
	}

}
