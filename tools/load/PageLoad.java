import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load script for a running Integra on this machine: signs in, optionally seeds synthetic
 * cities through the API, then sends a bounded number of requests to each path from N
 * concurrent clients and prints p50/p95/p99/max latencies.
 *
 * <pre>
 * java tools/load/PageLoad.java --base http://127.0.0.1:8080 --user admin --password SECRET \
 *     [--seed 50000] [--clients 8] [--requests 800] [--path /cities?q=bogota ...]
 *
 * In a path, {rand} stands for a new random number from 1 to 100 on every request, e.g.
 * /ranking?model=3&w1={rand} to move a weight on every call.
 * </pre>
 *
 * Only loopback addresses are accepted as targets.
 */
public class PageLoad {

	static final Pattern RAND = Pattern.compile("\\{rand\\}");

	static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|name=\"_csrf\" content=\"([^\"]+)\"");

	public static void main(String[] args) throws Exception {
		Map<String, List<String>> options = parse(args);
		String base = one(options, "base", "http://127.0.0.1:8080");
		String host = URI.create(base).getHost();
		if (!(host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]") || host.equals("::1"))) {
			throw new IllegalArgumentException("only loopback targets are allowed, not " + host);
		}
		int clients = Integer.parseInt(one(options, "clients", "8"));
		int requests = Integer.parseInt(one(options, "requests", "800"));
		int seed = Integer.parseInt(one(options, "seed", "0"));
		List<String> paths = options.getOrDefault("path", List.of("/cities", "/cities?q=bogota",
				"/cities?sort=population&direction=desc&page=40", "/cities?country=CO&relation=NONE",
				"/api/v1/cities?q=ciudad&size=50", "/cities/map/data"));
		HttpClient http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.connectTimeout(Duration.ofSeconds(5))
			.executor(Executors.newFixedThreadPool(clients))
			.build();
		String csrf = signIn(http, base, one(options, "user", "admin"), one(options, "password", ""));
		if (seed > 0) {
			seedCities(http, base, csrf, seed, clients);
		}
		System.out.printf("%-55s %8s %8s %8s %8s %8s%n", "path", "requests", "p50 ms", "p95 ms", "p99 ms", "max ms");
		for (String path : paths) {
			run(http, base + path, clients, Math.max(requests / 10, 20), false);
			long[] times = run(http, base + path, clients, requests, true);
			System.out.printf("%-55s %8d %8.1f %8.1f %8.1f %8.1f%n", path, times.length, ms(times, 0.50),
					ms(times, 0.95), ms(times, 0.99), times[times.length - 1] / 1e6);
		}
		System.exit(0);
	}

	static String signIn(HttpClient http, String base, String user, String password) throws Exception {
		String page = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		String token = csrf(page);
		String form = "username=" + enc(user) + "&password=" + enc(password) + "&_csrf=" + enc(token);
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		String location = response.headers().firstValue("Location").orElse("");
		if (location.contains("error")) {
			throw new IllegalStateException("sign-in failed: " + location);
		}
		return csrf(http.send(HttpRequest.newBuilder(URI.create(base + "/")).build(),
				HttpResponse.BodyHandlers.ofString()).body());
	}

	static void seedCities(HttpClient http, String base, String csrf, int count, int clients) throws Exception {
		String[] countries = { "PE", "EC", "CO", "PA", "BO", "BR", "AR", "CL", "UY", "PY", "MX", "VE" };
		AtomicInteger next = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		List<Future<?>> work = new ArrayList<>();
		long start = System.nanoTime();
		for (int c = 0; c < clients; c++) {
			work.add(pool.submit(() -> {
				Random random = new Random();
				for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
					String body = String.format(java.util.Locale.ROOT,
							"{\"name\":\"Ciudad Sintética %d\",\"alternativeNames\":\"Síntesis %d\",\"country\":\"%s\","
									+ "\"population\":%d,\"latitude\":%.4f,\"longitude\":%.4f,\"networkRelation\":\"NONE\","
									+ "\"capitalStatus\":\"NONE\",\"seaport\":\"UNKNOWN\"}",
							i, i, countries[i % countries.length], 1000 + random.nextInt(3_000_000),
							-40 + random.nextDouble() * 50, -80 + random.nextDouble() * 40);
					HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/cities"))
						.header("Content-Type", "application/json")
						.header("X-CSRF-TOKEN", csrf)
						.POST(HttpRequest.BodyPublishers.ofString(body))
						.build();
					HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
					if (response.statusCode() != 201) {
						throw new IllegalStateException(response.statusCode() + " " + response.body());
					}
				}
				return null;
			}));
		}
		for (Future<?> f : work) {
			f.get();
		}
		pool.shutdown();
		System.out.printf("seeded %d cities in %.1f s%n", count, (System.nanoTime() - start) / 1e9);
	}

	static long[] run(HttpClient http, String url, int clients, int requests, boolean measure) throws Exception {
		AtomicInteger next = new AtomicInteger();
		List<Long> times = Collections.synchronizedList(new ArrayList<>());
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		List<Future<?>> work = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			work.add(pool.submit(() -> {
				java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
				while (next.getAndIncrement() < requests) {
					// {rand} becomes a new number 1..100 on every request (e.g. weights that no cache holds)
					String target = url.contains("{rand}") ? RAND.matcher(url)
						.replaceAll((match) -> Integer.toString(1 + random.nextInt(100))) : url;
					long start = System.nanoTime();
					HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(target)).build(),
							HttpResponse.BodyHandlers.ofByteArray());
					long took = System.nanoTime() - start;
					if (response.statusCode() != 200) {
						throw new IllegalStateException(url + " answered " + response.statusCode());
					}
					times.add(took);
				}
				return null;
			}));
		}
		for (Future<?> f : work) {
			f.get();
		}
		pool.shutdown();
		long[] sorted = times.stream().mapToLong(Long::longValue).sorted().toArray();
		return sorted;
	}

	static double ms(long[] sorted, double quantile) {
		int index = (int) Math.ceil(quantile * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1e6;
	}

	static String csrf(String html) {
		Matcher matcher = CSRF.matcher(html);
		if (!matcher.find()) {
			throw new IllegalStateException("no CSRF token in the page");
		}
		return (matcher.group(1) != null) ? matcher.group(1) : matcher.group(2);
	}

	static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	static String one(Map<String, List<String>> options, String name, String fallback) {
		List<String> values = options.get(name);
		return (values == null || values.isEmpty()) ? fallback : values.get(values.size() - 1);
	}

	static Map<String, List<String>> parse(String[] args) {
		Map<String, List<String>> options = new LinkedHashMap<>();
		for (int i = 0; i + 1 < args.length; i += 2) {
			if (!args[i].startsWith("--")) {
				throw new IllegalArgumentException("expected --option value, got " + Arrays.toString(args));
			}
			options.computeIfAbsent(args[i].substring(2), (k) -> new ArrayList<>()).add(args[i + 1]);
		}
		return options;
	}

}
