package org.integra.audit.web;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import org.integra.audit.AuditAction;
import org.integra.audit.AuditPage;
import org.integra.audit.AuditTrail;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The administrator's list of every recorded change, with filters and paging.
 */
@Controller
class AuditController {

	static final String VIEW = "audit/list";

	static final int PAGE_SIZE = 50;

	private final AuditTrail trail;

	private final Clock clock;

	private final AuditDisplay display;

	AuditController(AuditTrail trail, Clock clock, AuditDisplay display) {
		this.trail = trail;
		this.clock = clock;
		this.display = display;
	}

	@GetMapping(AuditFilter.PATH)
	String list(@ModelAttribute("filter") AuditFilter filter, Model model) {
		AuditPage results = this.trail.search(filter.toQuery(this.clock.getZone()), filter.pageNumber(), PAGE_SIZE,
				filter.oldestFirst());
		model.addAttribute("results", results);
		model.addAttribute("problems", filter.problems());
		model.addAttribute("shown", this.display.show(results.entries()));
		Map<String, String> types = new LinkedHashMap<>();
		this.trail.entityTypes().forEach((type) -> types.put(type, this.display.type(type)));
		model.addAttribute("entityTypes", types);
		model.addAttribute("usernames", this.trail.usernames());
		model.addAttribute("actions", AuditAction.values());
		model.addAttribute("previousLink", results.hasPrevious() ? filter.pageLink(results.page() - 1) : null);
		model.addAttribute("nextLink", results.hasNext() ? filter.pageLink(results.page() + 1) : null);
		model.addAttribute("sortLink", filter.sortLink());
		return VIEW;
	}

}
