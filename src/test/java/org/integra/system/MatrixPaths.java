package org.integra.system;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * Turns matrix paths with placeholders into real ones, asking every
 * {@link PathPlaceholders} found under {@code org.integra}.
 */
public final class MatrixPaths {

	static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_]*)}");

	private final ApplicationContext context;

	private final List<PathPlaceholders> resolvers;

	private final Map<String, String> resolved = new HashMap<>();

	public MatrixPaths(ApplicationContext context) {
		this.context = context;
		this.resolvers = discover();
	}

	public String resolve(String path) {
		Matcher matcher = PLACEHOLDER.matcher(path);
		StringBuilder result = new StringBuilder();
		while (matcher.find()) {
			matcher.appendReplacement(result, Matcher.quoteReplacement(value(matcher.group(1))));
		}
		matcher.appendTail(result);
		return result.toString();
	}

	List<String> resolverNames() {
		return this.resolvers.stream().map((resolver) -> resolver.getClass().getSimpleName()).toList();
	}

	private String value(String name) {
		return this.resolved.computeIfAbsent(name,
				(key) -> this.resolvers.stream()
					.map((resolver) -> resolver.resolve(key, this.context))
					.flatMap(Optional::stream)
					.findFirst()
					.orElseThrow(() -> new IllegalStateException("No PathPlaceholders implementation resolves {" + key
							+ "} (tried " + resolverNames() + "); add one in your module's test sources")));
	}

	private static List<PathPlaceholders> discover() {
		var scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AssignableTypeFilter(PathPlaceholders.class));
		List<PathPlaceholders> found = new ArrayList<>();
		for (BeanDefinition candidate : scanner.findCandidateComponents("org.integra")) {
			try {
				Class<?> type = ClassUtils.forName(candidate.getBeanClassName(), MatrixPaths.class.getClassLoader());
				found.add((PathPlaceholders) type.getDeclaredConstructor().newInstance());
			}
			catch (ReflectiveOperationException | LinkageError ex) {
				throw new IllegalStateException("Cannot create " + candidate.getBeanClassName(), ex);
			}
		}
		return found;
	}

}
