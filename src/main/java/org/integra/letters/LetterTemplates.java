package org.integra.letters;

import java.time.Clock;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;

import org.integra.system.NotFoundException;
import org.integra.system.TextInput;
import org.integra.system.ValidationFailedException;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.MapBindingResult;

/**
 * The letter and e-mail templates kept by coordinators.
 */
@Service
@Transactional(readOnly = true)
public class LetterTemplates {

	private final LetterTemplateRepository templates;

	private final LetterRepository letters;

	private final Clock clock;

	LetterTemplates(LetterTemplateRepository templates, LetterRepository letters, Clock clock) {
		this.templates = templates;
		this.letters = letters;
		this.clock = clock;
	}

	/**
	 * The templates, optionally of one purpose and language, by purpose, language and
	 * name.
	 */
	public List<LetterTemplate> list(TemplatePurpose purpose, String language) {
		return this.templates.findAllByOrderByPurposeAscLanguageAscNameAscIdAsc()
			.stream()
			.sorted(Comparator.comparing(LetterTemplate::getPurpose))
			.filter((t) -> purpose == null || t.getPurpose() == purpose)
			.filter((t) -> language == null || language.isBlank() || t.getLanguage().equals(language))
			.toList();
	}

	/**
	 * Every template, those in the given language first, then by purpose and name.
	 */
	public List<LetterTemplate> languageFirst(String language) {
		return list(null, null).stream()
			.sorted(Comparator.comparing((LetterTemplate t) -> !t.getLanguage().equals(language)))
			.toList();
	}

	/**
	 * @throws NotFoundException when there is no such template
	 */
	public LetterTemplate get(long id) {
		return this.templates.findById(id).orElseThrow(() -> new NotFoundException("letters.template.notFound", id));
	}

	/**
	 * @throws ValidationFailedException naming every refused field
	 */
	@Transactional
	public LetterTemplate create(LetterTemplateForm form) {
		LetterTemplateForm clean = checked(form);
		return this.templates.saveAndFlush(new LetterTemplate(clean, this.clock.instant()));
	}

	/**
	 * @throws ObjectOptimisticLockingFailureException when it changed since the user read
	 * it
	 * @throws ValidationFailedException naming every refused field
	 */
	@Transactional
	public LetterTemplate update(long id, LetterTemplateForm form) {
		LetterTemplate template = get(id);
		if (form.getVersion() == null || form.getVersion() != template.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(LetterTemplate.class, id);
		}
		template.apply(checked(form), this.clock.instant());
		return this.templates.saveAndFlush(template);
	}

	/**
	 * Deletes the template; the letters written from it keep their text and lose the
	 * link, each as an audited change (the database's {@code on delete set null} would be
	 * unseen).
	 * @throws NotFoundException when there is no such template
	 */
	@Transactional
	public void delete(long id) {
		LetterTemplate template = get(id);
		this.letters.findByTemplateId(id).forEach(Letter::forgetTemplate);
		this.letters.flush();
		this.templates.delete(template);
	}

	/** The form with its texts cleaned, or a refusal naming every problem. */
	public static LetterTemplateForm checked(LetterTemplateForm form) {
		LetterTemplateForm clean = cleaned(form);
		List<TemplateRules.Problem> problems = TemplateRules.problems(clean);
		if (!problems.isEmpty()) {
			MapBindingResult result = new MapBindingResult(new HashMap<>(), "letterTemplateForm");
			for (TemplateRules.Problem problem : problems) {
				Object[] args = (problem.argument() == null) ? null : new Object[] { problem.argument() };
				result.rejectValue(problem.field(), problem.messageKey(), args, null);
			}
			throw new ValidationFailedException(result);
		}
		return clean;
	}

	static LetterTemplateForm cleaned(LetterTemplateForm form) {
		LetterTemplateForm clean = new LetterTemplateForm();
		clean.setName(strip(form.getName()));
		clean.setPurpose(form.getPurpose());
		clean.setKind(form.getKind());
		clean.setLanguage(strip(form.getLanguage()));
		clean.setSubject(strip(form.getSubject()));
		String body = (form.getBody() == null) ? null : TextInput.withoutNul(form.getBody()).replace("\r\n", "\n");
		clean.setBody((body == null || body.isBlank()) ? null : body.strip());
		clean.setVersion(form.getVersion());
		return clean;
	}

	private static String strip(String value) {
		if (value == null) {
			return null;
		}
		String stripped = TextInput.withoutNul(value).strip();
		return stripped.isEmpty() ? null : stripped;
	}

}
