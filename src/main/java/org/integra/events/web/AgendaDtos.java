package org.integra.events.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.integra.events.EventSession;
import org.integra.events.SessionForm;
import org.integra.events.SessionSpeaker;
import org.integra.events.ShowcaseEntry;
import org.integra.events.ShowcaseItem;
import org.integra.events.SpeakerView;

/** What the events API reads and writes of an agenda and its showcase. */
final class AgendaDtos {

	private AgendaDtos() {
	}

	/**
	 * A speaker: a person of the directory (personId, with their name and organisation as
	 * the directory holds them) or a name and organisation typed in (no personId).
	 */
	record SpeakerDto(Long personId, String name, String organization) {
	}

	/** A session of the agenda; times local to the event's zone and as instants. */
	record SessionDto(long id, long eventId, String titleEs, String titlePt, String titleEn, LocalDateTime startsAt,
			LocalDateTime endsAt, Instant startsAtInstant, Instant endsAtInstant, String room,
			List<SpeakerDto> speakers, long version) {

		static SessionDto of(EventSession session, ZoneId zone, List<SpeakerView> views) {
			List<SpeakerDto> speakers = new ArrayList<>();
			List<SessionSpeaker> stored = session.getSpeakers();
			for (int i = 0; i < stored.size(); i++) {
				SpeakerView view = (views != null && i < views.size()) ? views.get(i) : null;
				speakers.add(new SpeakerDto(stored.get(i).getPersonId(),
						(view != null) ? view.name() : stored.get(i).getName(),
						(view != null) ? view.organization() : stored.get(i).getOrganization()));
			}
			return new SessionDto(session.getId(), session.getEventId(), session.getTitle().getEs(),
					session.getTitle().getPt(), session.getTitle().getEn(), session.localStart(zone),
					session.localEnd(zone), session.getStartsAt(), session.getEndsAt(), session.getRoom(), speakers,
					session.getVersion());
		}

	}

	/** A speaker typed in: a name and, if known, an organisation. */
	record GuestBody(String name, String organization) {
	}

	/**
	 * A session as entered: times local to the event's zone (yyyy-MM-ddTHH:mm), speakers
	 * of the directory by id then those typed in; {@code version} only when changing, as
	 * read.
	 */
	record SessionBody(String titleEs, String titlePt, String titleEn, LocalDateTime startsAt, LocalDateTime endsAt,
			String room, List<Long> speakerIds, List<GuestBody> guests, Long version) {

		SessionForm form() {
			SessionForm form = new SessionForm();
			form.setTitleEs(this.titleEs);
			form.setTitlePt(this.titlePt);
			form.setTitleEn(this.titleEn);
			form.setStartsAt(this.startsAt);
			form.setEndsAt(this.endsAt);
			form.setRoom(this.room);
			form.setSpeakerIds(EventApiController.ids(this.speakerIds));
			form.setGuests((this.guests == null) ? List.of()
					: this.guests.stream()
						.filter((guest) -> guest != null)
						.map((guest) -> new SessionForm.Guest(guest.name(), guest.organization()))
						.toList());
			form.setVersion(this.version);
			return form;
		}

	}

	/**
	 * A thematic unit presenting at the event: its name in the caller's language, what it
	 * offers a new member (es, pt), its coordinating city and contact person.
	 */
	record ShowcaseDto(long id, long thematicUnitId, String unitName, String offerEs, String offerPt,
			Long coordinatingCityId, String cityName, Long contactPersonId, String contactName,
			String contactOrganization, long version) {

		static ShowcaseDto of(ShowcaseItem item, ShowcaseEntry entry) {
			return new ShowcaseDto(entry.getId(), entry.getThematicUnitId(), item.unitName(), entry.getOfferEs(),
					entry.getOfferPt(), entry.getCoordinatingCityId(), item.cityName(), entry.getContactPersonId(),
					item.contactName(), item.contactOrganization(), entry.getVersion());
		}

	}

}
