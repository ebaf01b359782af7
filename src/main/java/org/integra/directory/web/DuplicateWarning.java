package org.integra.directory.web;

import java.util.List;

import org.springframework.ui.Model;

/**
 * The warning of a directory form when the record probably duplicates existing ones: the
 * form is shown again with the matches and a "save anyway" button, which sends
 * {@code confirmDuplicate=true}.
 */
final class DuplicateWarning {

	private DuplicateWarning() {
	}

	/** Whether the warning is shown instead of saving. */
	static boolean shown(List<?> matches, String confirmDuplicate, Model model) {
		if (matches.isEmpty() || "true".equals(confirmDuplicate)) {
			return false;
		}
		model.addAttribute("duplicates", matches);
		return true;
	}

}
