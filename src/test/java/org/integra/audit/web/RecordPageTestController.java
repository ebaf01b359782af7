package org.integra.audit.web;

import org.integra.audit.AuditTrail;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Test only: a record page that shows a history the way other modules' record pages do.
 */
@Controller
class RecordPageTestController {

	private final AuditTrail trail;

	RecordPageTestController(AuditTrail trail) {
		this.trail = trail;
	}

	@GetMapping("/test/audit/records/{type}/{id}")
	String show(@PathVariable String type, @PathVariable String id, Model model) {
		model.addAttribute("history", this.trail.historyOf(type, id));
		return "audit-test/record";
	}

}
