package org.integra.mail.web;

import org.integra.mail.MessageKind;
import org.integra.mail.OutboxMessage;
import org.integra.mail.OutboxMessages;
import org.integra.mail.OutboxStatus;
import org.integra.mail.OutboxTransitionRefusedException;
import org.integra.system.RecordNames;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's outbox: every message with its status, the state of the SMTP
 * server, and retry or cancel for a message that has not gone out.
 */
@Controller
class OutboxController {

	static final int PAGE_SIZE = 50;

	private final OutboxMessages outbox;

	private final RecordNames records;

	OutboxController(OutboxMessages outbox, RecordNames records) {
		this.outbox = outbox;
		this.records = records;
	}

	@GetMapping(OutboxFilter.PATH)
	String list(@ModelAttribute("filter") OutboxFilter filter, Model model) {
		Page<OutboxMessage> page = this.outbox.search(filter.parsedStatus(), filter.parsedKind(), filter.pageNumber(),
				PAGE_SIZE);
		model.addAttribute("page", page);
		model.addAttribute("problems", filter.problems());
		model.addAttribute("statuses", OutboxStatus.values());
		model.addAttribute("kinds", MessageKind.values());
		model.addAttribute("selectedStatus", filter.parsedStatus());
		model.addAttribute("selectedKind", filter.parsedKind());
		model.addAttribute("previousHref", filter.pageLink(page.getNumber() - 1));
		model.addAttribute("nextHref", filter.pageLink(page.getNumber() + 1));
		model.addAttribute("server", this.outbox.serverStatus());
		return "mail/outbox";
	}

	@GetMapping(OutboxFilter.PATH + "/{id}")
	String show(@PathVariable long id, Model model) {
		OutboxMessage message = this.outbox.get(id);
		model.addAttribute("m", message);
		model.addAttribute("related", this.records.ofReference(message.getReference()).orElse(null));
		model.addAttribute("relatedGone", RecordNames.isRecordReference(message.getReference()));
		model.addAttribute("server", this.outbox.serverStatus());
		return "mail/outbox-message";
	}

	@PostMapping(OutboxFilter.PATH + "/{id}/retry")
	String retry(@PathVariable long id, @RequestParam(required = false) String from,
			@ModelAttribute("filter") OutboxFilter filter, RedirectAttributes redirect) {
		try {
			this.outbox.retry(id);
			redirect.addFlashAttribute("message", "mail.outbox.retried");
		}
		catch (OutboxTransitionRefusedException ex) {
			redirect.addFlashAttribute("error", ex.getMessageKey());
		}
		catch (OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("error", "mail.outbox.changed");
		}
		return back(id, from, filter);
	}

	@PostMapping(OutboxFilter.PATH + "/{id}/cancel")
	String cancel(@PathVariable long id, @RequestParam(required = false) String from,
			@ModelAttribute("filter") OutboxFilter filter, RedirectAttributes redirect) {
		try {
			this.outbox.cancel(id);
			redirect.addFlashAttribute("message", "mail.outbox.cancelled");
		}
		catch (OutboxTransitionRefusedException ex) {
			redirect.addFlashAttribute("error", ex.getMessageKey());
		}
		catch (OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("error", "mail.outbox.changed");
		}
		return back(id, from, filter);
	}

	private static String back(long id, String from, OutboxFilter filter) {
		if ("detail".equals(from)) {
			return "redirect:" + OutboxFilter.PATH + "/" + id;
		}
		return "redirect:" + filter.pageLink(filter.pageNumber());
	}

}
