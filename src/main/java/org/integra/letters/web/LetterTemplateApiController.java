package org.integra.letters.web;

import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.integra.letters.LetterTemplate;
import org.integra.letters.LetterTemplateForm;
import org.integra.letters.LetterTemplates;
import org.integra.letters.TemplateKind;
import org.integra.letters.TemplatePurpose;
import org.integra.system.ApiPage;
import org.integra.system.ValidationFailedException;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/letter-templates")
@Tag(name = "Letter templates",
		description = "Letter and e-mail templates in Spanish, Portuguese or English with fields such as {{city}}, "
				+ "{{country}}, {{contact.name}}, {{contact.position}}, {{contact.organization}}, {{mentorCity}}, "
				+ "{{intermediary}}, {{sender.name}} and {{date}}")
class LetterTemplateApiController {

	record TemplateDto(long id, String name, TemplatePurpose purpose, TemplateKind kind, String language,
			String subject, String body, long version, Instant updatedAt) {

		static TemplateDto of(LetterTemplate t) {
			return new TemplateDto(t.getId(), t.getName(), t.getPurpose(), t.getKind(), t.getLanguage(), t.getSubject(),
					t.getBody(), t.getVersion(), t.getUpdatedAt());
		}

	}

	/**
	 * A template as entered. Purpose and kind by name, language as es, pt or en;
	 * {@code version} only when changing it, as read.
	 */
	record TemplateBody(String name, String purpose, String kind, String language, String subject, String body,
			Long version) {

		LetterTemplateForm toForm() {
			LetterTemplateForm form = new LetterTemplateForm();
			form.setName(this.name);
			form.setPurpose(parse(TemplatePurpose.values(), this.purpose, "purpose"));
			form.setKind(parse(TemplateKind.values(), this.kind, "kind"));
			form.setLanguage(this.language);
			form.setSubject(this.subject);
			form.setBody(this.body);
			form.setVersion(this.version);
			return form;
		}

	}

	private final LetterTemplates templates;

	LetterTemplateApiController(LetterTemplates templates) {
		this.templates = templates;
	}

	@GetMapping
	@Operation(summary = "Templates by purpose, language and name, optionally of one purpose and language",
			description = "An unknown purpose or language matches nothing. The whole list, as one page.")
	ApiPage<TemplateDto> list(@RequestParam(required = false) String purpose,
			@RequestParam(required = false) String language) {
		TemplatePurpose chosen = null;
		if (purpose != null && !purpose.isBlank()) {
			chosen = Arrays.stream(TemplatePurpose.values())
				.filter((p) -> p.name().equals(purpose))
				.findFirst()
				.orElse(null);
			if (chosen == null) {
				return ApiPage.all(List.of());
			}
		}
		return ApiPage.all(this.templates.list(chosen, language).stream().map(TemplateDto::of).toList());
	}

	@GetMapping("/{id:\\d+}")
	@Operation(summary = "One template", description = "404 when there is none with that id.")
	TemplateDto get(@PathVariable long id) {
		return TemplateDto.of(this.templates.get(id));
	}

	@PostMapping
	@Operation(summary = "Creates a template",
			description = "400 naming every refused field, including fields the templates do not know.")
	ResponseEntity<TemplateDto> create(@RequestBody TemplateBody body) {
		LetterTemplate saved = this.templates.create(body.toForm());
		return ResponseEntity.created(URI.create("/api/v1/letter-templates/" + saved.getId()))
			.body(TemplateDto.of(saved));
	}

	@PutMapping("/{id:\\d+}")
	@Operation(summary = "Changes a template",
			description = "Send the version read; 409 when the template changed since, 400 naming every refused "
					+ "field, 404 when there is none with that id.")
	TemplateDto update(@PathVariable long id, @RequestBody TemplateBody body) {
		return TemplateDto.of(this.templates.update(id, body.toForm()));
	}

	@DeleteMapping("/{id:\\d+}")
	@Operation(summary = "Deletes a template",
			description = "Letters made from it keep their text. 404 when there " + "is none with that id.")
	ResponseEntity<Void> delete(@PathVariable long id) {
		this.templates.delete(id);
		return ResponseEntity.noContent().build();
	}

	static <E extends Enum<E>> E parse(E[] values, String name, String field) {
		if (name == null || name.isBlank()) {
			return null;
		}
		return Arrays.stream(values)
			.filter((v) -> v.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new ValidationFailedException(field, "letters.template." + field + ".required"));
	}

}
