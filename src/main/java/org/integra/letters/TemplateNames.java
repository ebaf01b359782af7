package org.integra.letters;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.integra.system.RecordLink;
import org.integra.system.RecordNameSource;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Names letter templates for other modules' pages (audit trail).
 */
@Component
class TemplateNames implements RecordNameSource {

	static final String TYPE = "LetterTemplate";

	private final LetterTemplateRepository templates;

	TemplateNames(LetterTemplateRepository templates) {
		this.templates = templates;
	}

	@Override
	public Set<String> types() {
		return Set.of(TYPE);
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, RecordLink> names(String type, Collection<Long> ids) {
		Map<Long, RecordLink> names = new LinkedHashMap<>();
		this.templates.findAllById(ids)
			.forEach((template) -> names.put(template.getId(),
					new RecordLink(template.getName(), "/letters/templates/" + template.getId())));
		return names;
	}

}
