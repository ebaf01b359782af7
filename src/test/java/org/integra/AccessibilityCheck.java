package org.integra;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.WebDriver;

/**
 * Runs axe-core, the copy bundled in the {@code com.deque.html.axe-core:selenium} jar
 * (nothing is fetched), over the page a browser shows and describes every serious or
 * critical violation: rule, impact, the elements' selectors and a short piece of their
 * HTML.
 */
public final class AccessibilityCheck {

	static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");

	static final int SNIPPET_LENGTH = 160;

	private AccessibilityCheck() {
	}

	/** One line per element that violates a serious or critical rule; empty if none. */
	public static List<String> problems(WebDriver driver) {
		Results results = new AxeBuilder()
			// the pages have no frames: axe runs in the page itself, without opening the
			// extra window the frame-aware mode needs
			.setLegacyMode(true)
			.setTimeout(30)
			.analyze(driver);
		if (results.isErrored()) {
			return List.of("axe-core could not run: " + results.getErrorMessage());
		}
		List<String> problems = new ArrayList<>();
		for (Rule rule : results.getViolations()) {
			for (CheckedNode node : rule.getNodes()) {
				String impact = (node.getImpact() != null) ? node.getImpact() : rule.getImpact();
				if (FAILING_IMPACTS.contains(impact)) {
					problems.add(rule.getId() + " (" + impact + ") at " + node.getTarget() + ": "
							+ snippet(node.getHtml()) + " - " + rule.getHelp());
				}
			}
		}
		return problems;
	}

	static String snippet(String html) {
		String oneLine = String.valueOf(html).replaceAll("\\s+", " ").trim();
		return (oneLine.length() > SNIPPET_LENGTH) ? oneLine.substring(0, SNIPPET_LENGTH) + "…" : oneLine;
	}

}
