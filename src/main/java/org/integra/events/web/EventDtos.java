package org.integra.events.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.integra.events.Event;
import org.integra.events.Invitation;
import org.integra.events.InvitationEntry;

/** What the events API reads and writes. */
final class EventDtos {

	private EventDtos() {
	}

	/** An event; times local to its zone and as instants. */
	record EventDto(long id, String kind, String status, String titleEs, String titlePt, String titleEn,
			String descriptionEs, String descriptionPt, String descriptionEn, String theme, LocalDateTime startsAt,
			LocalDateTime endsAt, String timeZone, Instant startsAtInstant, Instant endsAtInstant,
			boolean dateTentative, String format, String venue, Long cityId, String countryCode, String onlineLink,
			Integer capacity, LocalDate answerDeadline, Long organizerId, String planAction, long version) {

		static EventDto of(Event e) {
			return new EventDto(e.getId(), e.getKind().name(), e.getStatus().name(), e.getTitle().getEs(),
					e.getTitle().getPt(), e.getTitle().getEn(),
					(e.getDescription() != null) ? e.getDescription().getEs() : null,
					(e.getDescription() != null) ? e.getDescription().getPt() : null,
					(e.getDescription() != null) ? e.getDescription().getEn() : null, e.getTheme(), e.localStart(),
					e.localEnd(), e.getTimeZone(), e.getStartsAt(), e.getEndsAt(), e.isDateTentative(),
					e.getFormat().name(), e.getVenue(), e.getCityId(), e.getCountryCode(), e.getOnlineLink(),
					e.getCapacity(), e.getAnswerDeadline(), e.getOrganizerId(),
					(e.getPlanAction() != null) ? e.getPlanAction().name() : null, e.getVersion());
		}

	}

	/**
	 * An event with how many of its invitations (that the caller may see) are in each
	 * status.
	 */
	record EventDetail(EventDto event, Map<String, Long> invitations) {
	}

	/**
	 * An event as entered: kind, format and planAction by name, times local to timeZone;
	 * {@code version} only when changing, as read.
	 */
	record EventBody(String kind, String titleEs, String titlePt, String titleEn, String descriptionEs,
			String descriptionPt, String descriptionEn, String theme, LocalDateTime startsAt, LocalDateTime endsAt,
			String timeZone, Boolean dateTentative, String format, String venue, Long cityId, String onlineLink,
			Integer capacity, LocalDate answerDeadline, Long organizerId, String planAction, Long version) {
	}

	/** An invitation. */
	record InvitationDto(long id, long eventId, Long personId, Long cityId, String inviteeName, String organizationName,
			String email, String language, String status, Integer partySize, String note, String answeredVia,
			String reason, long version) {

		static InvitationDto of(Invitation i) {
			return new InvitationDto(i.getId(), i.getEventId(), i.getPersonId(), i.getCityId(), i.getInviteeName(),
					i.getOrganizationName(), i.getEmail(), i.getLanguage(), i.getStatus().name(), i.getPartySize(),
					i.getNote(), (i.getAnsweredVia() != null) ? i.getAnsweredVia().name() : null,
					(i.getReason() != null) ? i.getReason().name() : null, i.getVersion());
		}

	}

	/** One step of an invitation's history. */
	record HistoryDto(Instant at, String action, String by, String detail) {

		static HistoryDto of(InvitationEntry entry) {
			return new HistoryDto(entry.getOccurredAt(), entry.getAction().name(), entry.getActor(), entry.getDetail());
		}

	}

	/** An invitation with everything that happened to it, oldest first. */
	record InvitationDetail(InvitationDto invitation, List<HistoryDto> history) {
	}

	/** The people to invite, by their directory ids. */
	record InviteBody(List<Long> personIds) {
	}

	/**
	 * What an invitation round did: how many went out, who was skipped (no address,
	 * invited already).
	 */
	record InviteResult(int sent, List<String> skipped) {
	}

	/**
	 * An answer received by the team: ACCEPT or DECLINE, how many come (ACCEPT), a note,
	 * and how it came: PHONE, EMAIL or IN_PERSON.
	 */
	record AnswerBody(String answer, Integer party, String note, String via) {
	}

	/** A reminder to the chosen invitations that have no answer yet, on a day. */
	record ReminderBody(LocalDate sendOn, List<Long> invitationIds) {
	}

	/** A scheduled reminder. */
	record ReminderDto(long id, LocalDate sendOn, List<Long> invitationIds, String createdBy, Instant sentAt,
			Integer sentCount) {
	}

}
