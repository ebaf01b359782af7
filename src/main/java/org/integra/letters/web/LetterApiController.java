package org.integra.letters.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.integra.letters.ComposeRequest;
import org.integra.letters.ComposedLetter;
import org.integra.letters.Letter;
import org.integra.letters.LetterComposer;
import org.integra.letters.LetterDispatch;
import org.integra.letters.LetterFiles;
import org.integra.outreach.Channel;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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

	/**
	 * A letter to download or send: what {@link PreviewBody} fills, the channel it takes,
	 * a note for the city's timeline, and whether it may go out with fields unfilled.
	 */
	record LetterBody(Long templateId, Long cityId, Long personId, Channel channel, Long intermediaryId,
			Long mentorCityId, String note, Boolean confirmMissingFields) {

		ComposeRequest toRequest() {
			return new ComposeRequest((this.cityId == null) ? -1 : this.cityId, this.templateId, this.personId,
					this.channel, this.intermediaryId, this.mentorCityId, this.note,
					Boolean.TRUE.equals(this.confirmMissingFields));
		}

	}

	record SentDto(long id, String sentHow, Long outboxMessageId) {
	}

	private final LetterComposer composer;

	private final LetterDispatch dispatch;

	private final LetterFiles files;

	LetterApiController(LetterComposer composer, LetterDispatch dispatch, LetterFiles files) {
		this.composer = composer;
		this.dispatch = dispatch;
		this.files = files;
	}

	@PostMapping("/preview")
	@Operation(summary = "Fills a template for a candidate city and a contact, without sending anything",
			description = "Fields without a value stay as [field] and are listed in missingFields. 404 when the "
					+ "city is no candidate the caller may see, or the person or intermediary is outside a mentor's "
					+ "scope; 400 when the template or person is unknown.")
	PreviewDto preview(@RequestBody PreviewBody body, Authentication user) {
		long cityId = (body.cityId() == null) ? -1 : body.cityId();
		ComposedLetter composed = this.composer.compose(new ComposeRequest(cityId, body.templateId(), body.personId(),
				(Channel) null, body.intermediaryId(), body.mentorCityId(), null), user.getName());
		return new PreviewDto(composed.templateId(), composed.language(), composed.subject().text(),
				composed.body().text(), composed.missing());
	}

	@PostMapping("/pdf")
	@Operation(summary = "Makes the letter's PDF, keeps the letter and logs it on the city",
			description = "422 listing missingFields when fields are unfilled and confirmMissingFields is not true; "
					+ "nothing is kept then.")
	ResponseEntity<byte[]> pdf(@RequestBody LetterBody body, Authentication user) {
		Letter letter = this.dispatch.downloadPdf(body.toRequest(), user.getName());
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(this.files.fileName(letter)).build().toString())
			.body(this.files.pdf(letter));
	}

	@PostMapping("/send")
	@Operation(summary = "Queues the letter for the contact's e-mail address, keeps it and logs it on the city",
			description = "422 listing missingFields when fields are unfilled and confirmMissingFields is not true; "
					+ "nothing is sent then.")
	ResponseEntity<SentDto> send(@RequestBody LetterBody body, Authentication user) {
		Letter letter = this.dispatch.sendByEmail(body.toRequest(), user.getName());
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(new SentDto(letter.getId(), letter.getSentHow().name(), letter.getOutboxMessageId()));
	}

}
