package org.integra.letters.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.integra.letters.Letters;
import org.integra.outreach.Channel;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/letters")
@Tag(name = "Letters", description = "Templates filled for a candidate city and a contact")
class LetterApiController {

	/**
	 * What to fill: the template, the candidate city, and optionally the contact, the
	 * intermediary organization and the mentor city (by default its first mentor).
	 */
	record PreviewBody(Long templateId, Long cityId, Long personId, Long intermediaryId, Long mentorCityId) {
	}

	record PreviewDto(long templateId, String language, String subject, String body, List<String> missingFields) {
	}

	private final Letters letters;

	LetterApiController(Letters letters) {
		this.letters = letters;
	}

	@PostMapping("/preview")
	@Operation(summary = "Fills a template for a candidate city and a contact, without sending anything",
			description = "Fields without a value stay as [field] and are listed in missingFields. 404 when the "
					+ "city is no candidate the caller may see, or the person or intermediary is outside a mentor's "
					+ "scope; 400 when the template or person is unknown.")
	PreviewDto preview(@RequestBody PreviewBody body, Authentication user) {
		long cityId = (body.cityId() == null) ? -1 : body.cityId();
		Letters.Composed composed = this.letters.compose(new Letters.ComposeRequest(cityId, body.templateId(),
				body.personId(), (Channel) null, body.intermediaryId(), body.mentorCityId(), null), user.getName());
		return new PreviewDto(composed.templateId(), composed.language(), composed.subject().text(),
				composed.body().text(), composed.missing());
	}

}
