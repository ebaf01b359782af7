package org.integra.events.web;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.integra.events.InvitationLinks;
import org.integra.events.InvitationLinks.LinkView;
import org.integra.events.InvitationRefusedException;
import org.integra.events.InvitationRules;
import org.integra.events.InvitationRules.Answer;
import org.integra.events.InvitationStatus;
import org.integra.system.BaseUrl;
import org.integra.system.RequestParams;
import org.integra.system.ValidationFailedException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The invitee's page, open without signing in: whom the invitation is for, the event, and
 * the answer; for anyone else with a forwarded link, the way to ask for their own.
 */
@Controller
class InvitationLinkController {

	static final String COOKIE_PREFIX = "integra_invitation_";

	static final Duration COOKIE_LIFETIME = Duration.ofDays(400);

	private final InvitationLinks links;

	private final BaseUrl baseUrl;

	InvitationLinkController(InvitationLinks links, BaseUrl baseUrl) {
		this.links = links;
		this.baseUrl = baseUrl;
	}

	@GetMapping("/invitations/{token}")
	String show(@PathVariable String token, HttpServletRequest request, HttpServletResponse response, Locale locale,
			Model model) {
		LinkView view = this.links.open(token, deviceSecrets(request));
		if (view.newDeviceSecret() != null) {
			response.addCookie(cookie(view, request));
		}
		return page(view, token, locale, model);
	}

	@PostMapping("/invitations/{token}/answer")
	String answer(@PathVariable String token, @RequestParam(required = false) String answer,
			@RequestParam(required = false) String party, @RequestParam(required = false) String note,
			HttpServletRequest request, RedirectAttributes redirect) {
		Answer chosen = RequestParams.constant(Answer.class, answer);
		if (chosen == null) {
			redirect.addFlashAttribute("error", "events.answer.refused.incomplete");
			return "redirect:/invitations/" + token;
		}
		try {
			InvitationStatus status = this.links.answer(token, deviceSecrets(request), chosen,
					InvitationController.partySize(party), note);
			redirect.addFlashAttribute("message", "events.answer.saved." + status.name());
		}
		catch (InvitationRefusedException ex) {
			redirect.addFlashAttribute("error", ex.getMessageKey());
		}
		return "redirect:/invitations/" + token;
	}

	@PostMapping("/invitations/{token}/relink")
	String relink(@PathVariable String token) {
		this.links.relink(token);
		return "events/invitation-relinked";
	}

	@PostMapping("/invitations/{token}/request")
	String requestOwn(@PathVariable String token, @RequestParam(required = false) String name,
			@RequestParam(required = false) String organization, @RequestParam(required = false) String email,
			@RequestParam(required = false) String language, HttpServletRequest request, Locale locale, Model model) {
		try {
			this.links.requestOwn(token, name, organization, email, language);
			return "events/invitation-requested";
		}
		catch (ValidationFailedException ex) {
			model.addAttribute("requestErrors", ex.getErrors());
		}
		catch (InvitationRefusedException ex) {
			model.addAttribute("requestRefusal", ex.getMessageKey());
		}
		model.addAttribute("requestName", name);
		model.addAttribute("requestOrganization", organization);
		model.addAttribute("requestEmail", email);
		model.addAttribute("requestLanguage", language);
		return page(this.links.open(token, deviceSecrets(request)), token, locale, model);
	}

	private Cookie cookie(LinkView view, HttpServletRequest request) {
		Cookie cookie = new Cookie(COOKIE_PREFIX + view.invitation().getId(), view.newDeviceSecret());
		cookie.setPath("/invitations");
		cookie.setHttpOnly(true);
		cookie.setSecure(request.isSecure() || this.baseUrl.isHttps());
		cookie.setMaxAge((int) COOKIE_LIFETIME.toSeconds());
		cookie.setAttribute("SameSite", "Lax");
		return cookie;
	}

	/** The browser's secrets of invitations: the values of its invitation cookies. */
	private static List<String> deviceSecrets(HttpServletRequest request) {
		if (request.getCookies() == null) {
			return List.of();
		}
		return Arrays.stream(request.getCookies())
			.filter((cookie) -> cookie.getName().startsWith(COOKIE_PREFIX))
			.map(Cookie::getValue)
			.limit(50)
			.toList();
	}

	private String page(LinkView view, String token, Locale locale, Model model) {
		model.addAttribute("view", view);
		model.addAttribute("token", token);
		model.addAttribute("eventTitle", view.event().title(locale));
		model.addAttribute("description", view.event().description(locale));
		model.addAttribute("when", EventTimes.span(view.event(), locale));
		model.addAttribute("maxParty", InvitationRules.MAX_PARTY);
		model.addAttribute("languages", List.of("es", "pt", "en"));
		return "events/invitation-link";
	}

}
