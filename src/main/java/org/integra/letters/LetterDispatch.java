package org.integra.letters;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.integra.directory.PersonSummary;
import org.integra.mail.MessageKind;
import org.integra.mail.Outbox;
import org.integra.mail.OutgoingMessage;
import org.integra.mail.QueuedMessage;
import org.integra.outreach.CandidateOutreach;
import org.integra.outreach.Channel;
import org.integra.outreach.InteractionDraft;
import org.integra.outreach.InteractionKind;
import org.integra.outreach.InterestLevel;
import org.integra.system.TextInput;
import org.integra.system.ValidationFailedException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sending a composed letter: as a PDF to download or as an e-mail queued in the outbox.
 * Either way the letter is kept and an interaction is logged on the city, in one
 * transaction.
 */
@Service
@Transactional(readOnly = true)
public class LetterDispatch {

	public static final int NOTE_MAX = 500;

	/** What the outbox's columns hold. */
	static final int SUBJECT_OUT_MAX = 300;

	static final int BODY_OUT_MAX = 20000;

	private final LetterComposer composer;

	private final LetterContacts contacts;

	private final LetterRepository letters;

	private final CandidateOutreach outreach;

	private final Outbox outbox;

	private final Clock clock;

	LetterDispatch(LetterComposer composer, LetterContacts contacts, LetterRepository letters,
			CandidateOutreach outreach, Outbox outbox, Clock clock) {
		this.composer = composer;
		this.contacts = contacts;
		this.letters = letters;
		this.outreach = outreach;
		this.outbox = outbox;
		this.clock = clock;
	}

	/**
	 * Makes the letter's PDF, keeps the letter and logs it as a letter on the city.
	 * @throws ValidationFailedException naming every refused field; nothing is stored
	 * @throws MissingFieldsUnconfirmedException when fields are unfilled and the request
	 * does not confirm them; nothing is stored
	 */
	@Transactional
	public Letter downloadPdf(ComposeRequest request, String user) {
		ComposedLetter composed = this.composer.compose(request, user);
		checkSendable(composed, request);
		long interactionId = log(request, composed, InteractionKind.LETTER, user);
		return this.letters.save(new Letter(composed.templateId(), request.cityId(), request.personId(),
				composed.language(), composed.subject().text(), composed.body().text(), SentHow.PDF, null,
				interactionId, user, this.clock.instant()));
	}

	/**
	 * Queues the letter in the outbox for the contact's e-mail address, keeps it and logs
	 * it on the city.
	 * @throws ValidationFailedException when the contact has no e-mail address, or naming
	 * every refused field; nothing is stored
	 * @throws MissingFieldsUnconfirmedException when fields are unfilled and the request
	 * does not confirm them; nothing is sent
	 */
	@Transactional
	public Letter sendByEmail(ComposeRequest request, String user) {
		ComposedLetter composed = this.composer.compose(request, user);
		PersonSummary person = composed.person();
		if (person == null) {
			throw new ValidationFailedException("personId", "letters.compose.person.required");
		}
		if (person.email() == null || person.email().isBlank()) {
			throw new ValidationFailedException("personId", "letters.compose.person.noEmail");
		}
		checkSendable(composed, request);
		InteractionKind kind = (composed.kind() == TemplateKind.EMAIL) ? InteractionKind.EMAIL : InteractionKind.LETTER;
		long interactionId = log(request, composed, kind, user);
		MessageKind messageKind = (composed.kind() == TemplateKind.EMAIL) ? MessageKind.EMAIL : MessageKind.LETTER;
		QueuedMessage message = this.outbox.queue(new OutgoingMessage(messageKind, person.email(), person.name(),
				composed.subject().text(), composed.body().text(), composed.language(), "city:" + request.cityId()),
				user);
		return this.letters.save(new Letter(composed.templateId(), request.cityId(), person.id(), composed.language(),
				composed.subject().text(), composed.body().text(), SentHow.EMAIL, message.id(), interactionId, user,
				this.clock.instant()));
	}

	private static void checkSendable(ComposedLetter composed, ComposeRequest request) {
		List<Map.Entry<String, String>> refused = new ArrayList<>();
		if (composed.subject().text().length() > SUBJECT_OUT_MAX || composed.body().text().length() > BODY_OUT_MAX) {
			refused.add(Map.entry("templateId", "letters.compose.tooLong"));
		}
		if (request.note() != null && request.note().length() > NOTE_MAX) {
			refused.add(Map.entry("note", "letters.compose.note.tooLong"));
		}
		if (request.channel() == null) {
			refused.add(Map.entry("channel", "outreach.interaction.channel.required"));
		}
		if (!refused.isEmpty()) {
			throw new ValidationFailedException(refused);
		}
		if (!composed.missing().isEmpty() && !request.confirmMissingFields()) {
			throw new MissingFieldsUnconfirmedException(composed.missing());
		}
	}

	private long log(ComposeRequest request, ComposedLetter composed, InteractionKind kind, String user) {
		Channel channel = request.channel();
		Long mentorCityId = this.contacts.currentMentorCity().orElse(request.mentorCityId());
		if (this.contacts.currentMentorCity().isPresent()) {
			channel = Channel.MENTOR_CITY;
		}
		if (channel == Channel.MENTOR_CITY && mentorCityId == null) {
			mentorCityId = this.contacts.firstMentorCity(request.cityId()).orElse(null);
		}
		String note = (request.note() == null) ? "" : TextInput.withoutNul(request.note()).strip();
		String summary = composed.subject().text() + (note.isEmpty() ? "" : "\n" + note);
		InterestLevel interest = this.outreach.latestInterest(request.cityId());
		Set<Long> people = (request.personId() == null) ? Set.of() : Set.of(request.personId());
		Long intermediaryId = request.intermediaryId();
		PersonSummary person = composed.person();
		if (intermediaryId == null && person != null && person.organization() != null
				&& (channel == Channel.EMBASSY_IN_LA_PAZ || channel == Channel.BOLIVIAN_EMBASSY
						|| channel == Channel.PARTNER_NETWORK)) {
			// writing to someone at an embassy or network goes through their organization
			intermediaryId = person.organization().id();
		}
		return this.outreach.log(new InteractionDraft(request.cityId(), LocalDate.now(this.clock), kind, channel,
				intermediaryId, (channel == Channel.MENTOR_CITY) ? mentorCityId : null, people, summary, null, interest,
				null, null, null), user);
	}

}
