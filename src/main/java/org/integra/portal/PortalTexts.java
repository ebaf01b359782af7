package org.integra.portal;

import java.time.Clock;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import org.integra.system.Actor;
import org.integra.system.SupportedLanguages;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The portal's texts: read by anyone, rendered to sanitised HTML; edited by admins, each
 * change checked against the version the editor read.
 */
@Service
@Transactional(readOnly = true)
public class PortalTexts {

	private final PortalTextRepository texts;

	private final Clock clock;

	PortalTexts(PortalTextRepository texts, Clock clock) {
		this.texts = texts;
		this.clock = clock;
	}

	/** Every section's sanitised HTML in the supported language closest to this one. */
	public Map<PortalSection, String> rendered(Locale locale) {
		String language = SupportedLanguages.closest(locale).getLanguage();
		Map<PortalSection, String> html = new EnumMap<>(PortalSection.class);
		for (PortalSection section : PortalSection.values()) {
			html.put(section, "");
		}
		for (PortalText text : this.texts.findByLanguage(language)) {
			html.put(text.getSection(), PortalMarkdown.toHtml(text.getBody()));
		}
		return html;
	}

	/** The text to edit (a new, empty one when none is stored yet), for an admin. */
	public PortalText forEditing(PortalSection section, String language, Actor actor) {
		requireEditor(actor);
		requireLanguage(language);
		return this.texts.findBySectionAndLanguage(section, language)
			.orElseGet(() -> new PortalText(section, language, "", actor.username(), this.clock.instant()));
	}

	/**
	 * Stores a section's text in a language.
	 * @param version the version the editor read ({@code null} for a text not stored yet)
	 * @throws ObjectOptimisticLockingFailureException when it changed since the editor
	 * read it
	 */
	@Transactional
	public PortalText write(PortalSection section, String language, String body, Long version, Actor actor) {
		requireEditor(actor);
		requireLanguage(language);
		String text = (body != null) ? body.strip() : "";
		if (text.length() > PortalText.MAX_LENGTH) {
			throw new IllegalArgumentException("portal.text.tooLong");
		}
		var stored = this.texts.findBySectionAndLanguage(section, language);
		if (stored.isEmpty()) {
			if (version != null) {
				throw new ObjectOptimisticLockingFailureException(PortalText.class, section + "/" + language);
			}
			return this.texts.save(new PortalText(section, language, text, actor.username(), this.clock.instant()));
		}
		PortalText existing = stored.get();
		if (version == null || version != existing.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(PortalText.class, existing.getId());
		}
		existing.rewrite(text, actor.username(), this.clock.instant());
		return this.texts.saveAndFlush(existing);
	}

	private static void requireEditor(Actor actor) {
		if (!PortalPolicy.of(actor).mayEditTexts()) {
			throw new AccessDeniedException("portal");
		}
	}

	private static void requireLanguage(String language) {
		if (!SupportedLanguages.isSupported(language)) {
			throw new IllegalArgumentException("portal.text.language");
		}
	}

}
