package org.integra.cities.geonames;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.integra.system.RefusedException;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;

/**
 * The file cannot be imported; nothing was changed. Carries the first problems and how
 * many there were in all; the API answers 400 listing them.
 */
public class GeonamesFileRefusedException extends RefusedException {

	private final transient List<GeonamesProblem> problems;

	private final long problemCount;

	public GeonamesFileRefusedException(List<GeonamesProblem> problems, long problemCount) {
		super(HttpStatus.BAD_REQUEST, null, "geonames.refused", new Object[] { problemCount },
				problems.isEmpty() ? "refused" : problems.get(0).messageKey());
		this.problems = List.copyOf(problems);
		this.problemCount = problemCount;
	}

	public GeonamesFileRefusedException(GeonamesProblem problem) {
		this(List.of(problem), 1);
	}

	public List<GeonamesProblem> getProblems() {
		return this.problems;
	}

	public long getProblemCount() {
		return this.problemCount;
	}

	@Override
	public Map<String, Object> problemProperties(MessageSource messages, Locale locale) {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("problemCount", this.problemCount);
		properties.put("problems",
				this.problems.stream().map((problem) -> problem.localized(messages, locale)).toList());
		return properties;
	}

}
