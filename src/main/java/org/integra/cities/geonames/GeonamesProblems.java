package org.integra.cities.geonames;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.integra.system.MessageKeys;

/**
 * The problems of a file as kept with its job: one per line, its fields separated by tabs
 * (line, message key, arguments as text), so that the report outlives the file. Reports
 * stored before the keys were in camelCase hold kebab-case keys
 * ({@code geonames.problem.not-utf8}); reading turns them into today's keys.
 */
final class GeonamesProblems {

	/** The size of the column that holds them. */
	static final int MAX_LENGTH = 20000;

	private GeonamesProblems() {
	}

	static String write(List<GeonamesProblem> problems) {
		StringBuilder text = new StringBuilder();
		for (GeonamesProblem problem : problems) {
			StringBuilder one = new StringBuilder().append(problem.line()).append('\t').append(problem.messageKey());
			for (Object argument : problem.arguments()) {
				one.append('\t').append(String.valueOf(argument).replaceAll("\\p{Cntrl}", " "));
			}
			if (text.length() + one.length() + 1 > MAX_LENGTH) {
				break;
			}
			text.append(one).append('\n');
		}
		return text.isEmpty() ? null : text.toString();
	}

	static List<GeonamesProblem> read(String text) {
		List<GeonamesProblem> problems = new ArrayList<>();
		if (text == null) {
			return problems;
		}
		for (String line : text.split("\n")) {
			String[] fields = line.split("\t", -1);
			if (fields.length >= 2) {
				problems.add(new GeonamesProblem(Long.parseLong(fields[0]), MessageKeys.camelCase(fields[1]),
						Arrays.copyOfRange(fields, 2, fields.length, Object[].class)));
			}
		}
		return problems;
	}

}
