package org.integra.accounts;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits password sign-ins per client address (a token bucket of
 * {@code integra.security.login-rate.capacity} attempts, refilled over
 * {@code integra.security.login-rate.period}), so that one client cannot lock every
 * account by guessing. The address is the request's remote address: behind a proxy, set
 * {@code server.forward-headers-strategy} so that it is the client's and not the proxy's.
 * <p>
 * A refused browser goes back to the sign-in page with a message; a client asking for
 * JSON gets 429 with {@code Retry-After}. The buckets live in this instance's memory.
 */
@Component
class LoginRateLimit extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(LoginRateLimit.class);

	/** Buckets are swept when there are more than this many addresses. */
	private static final int SWEEP_ABOVE = 10_000;

	private static final RequestMatcher LOGIN = PathPatternRequestMatcher.withDefaults()
		.matcher(HttpMethod.POST, "/login");

	private final long capacity;

	private final Duration period;

	private final ProblemSecurityHandlers problems;

	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	LoginRateLimit(AccountsProperties settings, ProblemSecurityHandlers problems) {
		long capacity = settings.security().loginRate().capacity();
		Duration period = settings.security().loginRate().period();
		if (capacity < 1 || period.isNegative() || period.isZero()) {
			throw new IllegalStateException("integra.security.login-rate.capacity must be at least 1 and "
					+ "integra.security.login-rate.period longer than zero");
		}
		this.capacity = capacity;
		this.period = period;
		this.problems = problems;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !LOGIN.matches(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String address = request.getRemoteAddr();
		ConsumptionProbe probe = bucketFor(address).tryConsumeAndReturnRemaining(1);
		if (probe.isConsumed()) {
			chain.doFilter(request, response);
			return;
		}
		long retryAfter = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1);
		log.warn("Sign-in refused: too many attempts from {} (limit {} per {})", address, this.capacity, this.period);
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
		if (wantsJson(request)) {
			this.problems.tooManyRequests(request, response);
		}
		else {
			response.sendRedirect(request.getContextPath() + "/login?error=too-many");
		}
	}

	private Bucket bucketFor(String address) {
		if (this.buckets.size() > SWEEP_ABOVE) {
			// a full bucket is the same as a new one: dropping it forgets nothing
			this.buckets.values().removeIf((bucket) -> bucket.getAvailableTokens() >= this.capacity);
		}
		return this.buckets.computeIfAbsent(address,
				(key) -> Bucket.builder()
					.addLimit((limit) -> limit.capacity(this.capacity).refillGreedy(this.capacity, this.period))
					.build());
	}

	private static boolean wantsJson(HttpServletRequest request) {
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		if (accept == null || accept.isBlank()) {
			return false;
		}
		try {
			for (MediaType type : MediaType.parseMediaTypes(accept)) {
				if (MediaType.TEXT_HTML.equalsTypeAndSubtype(type)) {
					return false;
				}
				if ("json".equals(type.getSubtype()) || "json".equals(type.getSubtypeSuffix())) {
					return true;
				}
			}
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
		return false;
	}

}
