package org.integra.events;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.integra.cities.CityCatalog;
import org.integra.cities.CitySummary;
import org.integra.system.Actor;
import org.integra.system.RecordLink;
import org.integra.system.RecordNames;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An event's participants as rows for a download, with the filters of the list each comes
 * from and the same access: the invitations a caller sees (a mentor: of their cities),
 * the registrations (for those who read them), the attendance (for those who check people
 * in). Rows are read a page at a time in one read-only transaction and handed on as they
 * come, the page then let go, so that a large event is never held in memory at once.
 */
@Service
@Transactional(readOnly = true)
public class ParticipantExports {

	static final int PAGE = 500;

	private final Events events;

	private final Invitations invitations;

	private final CityCatalog cities;

	private final RecordNames names;

	private final EntityManager entityManager;

	private final Clock clock;

	ParticipantExports(Events events, Invitations invitations, CityCatalog cities, RecordNames names,
			EntityManager entityManager, Clock clock) {
		this.events = events;
		this.invitations = invitations;
		this.cities = cities;
		this.names = names;
		this.entityManager = entityManager;
		this.clock = clock;
	}

	/**
	 * The event's invitations the caller sees, optionally of one status, by name.
	 * @throws org.integra.system.NotFoundException when there is no such event
	 */
	public void invitations(long eventId, InvitationStatus status, Consumer<InvitationRow> rows) {
		ZoneId zone = this.events.get(eventId).zone();
		Optional<Set<Long>> scope = this.invitations.scope();
		if (scope.isPresent() && scope.get().isEmpty()) {
			return;
		}
		String jpql = "select i from Invitation i where i.eventId = :eventId"
				+ ((status != null) ? " and i.status = :status" : "")
				+ (scope.isPresent() ? " and i.cityId in :cityIds" : "") + " order by upper(i.inviteeName), i.id";
		for (int first = 0;; first += PAGE) {
			TypedQuery<Invitation> query = this.entityManager.createQuery(jpql, Invitation.class)
				.setParameter("eventId", eventId);
			if (status != null) {
				query.setParameter("status", status);
			}
			scope.ifPresent((cityIds) -> query.setParameter("cityIds", cityIds));
			List<Invitation> page = page(query, first);
			Map<Long, CitySummary> cityNames = this.cities.findAll(ids(page.stream().map(Invitation::getCityId)));
			for (Invitation i : page) {
				rows.accept(new InvitationRow(i.getInviteeName(), i.getOrganizationName(),
						cityName(cityNames, i.getCityId()), i.getEmail(), i.getLanguage(), i.getStatus(),
						i.getPartySize(), i.getAnsweredVia(), local(i.getAnsweredAt(), zone), i.getNote()));
			}
			if (done(page)) {
				return;
			}
		}
	}

	/**
	 * The event's registrations whose name, organisation, city or address holds the words
	 * of the text, newest first, as the list shows them.
	 * @throws AccessDeniedException when the caller may not read registrations
	 */
	public void registrations(long eventId, String text, Actor actor, Consumer<RegistrationRow> rows) {
		if (!EventPolicy.of(actor).mayReadRegistrations()) {
			throw new AccessDeniedException("may not see registrations");
		}
		this.events.get(eventId);
		String pattern = RegistrationRecords.pattern(text);
		for (int first = 0;; first += PAGE) {
			List<Registration> page = page(this.entityManager
				.createQuery("select r from Registration r where r.eventId = :eventId and r.searchText like :pattern "
						+ "order by r.createdAt desc, r.id desc", Registration.class)
				.setParameter("eventId", eventId)
				.setParameter("pattern", pattern), first);
			Map<Long, CitySummary> cityNames = this.cities.findAll(ids(page.stream().map(Registration::getCityId)));
			Map<Long, RecordLink> people = this.names.find("Person", ids(page.stream().map(Registration::getPersonId)));
			for (Registration r : page) {
				RecordLink person = (r.getPersonId() != null) ? people.get(r.getPersonId()) : null;
				rows.accept(new RegistrationRow(r.getName(), r.getOrganizationName(), r.getCityName(),
						r.getCountryCode(), r.getPosition(), r.getEmail(), r.getLanguage(), r.getConfirmedAt() != null,
						cityName(cityNames, r.getCityId()), (person != null) ? person.name() : null));
			}
			if (done(page)) {
				return;
			}
		}
	}

	/**
	 * Who may be checked in that matches the query (as the check-in list): the invitees
	 * who accepted or came, then those who came without an invitation, by name; those who
	 * accepted but did not come are marked once the event is over.
	 * @throws AccessDeniedException when the caller may not check people in
	 */
	public void attendance(long eventId, String query, Actor actor, Consumer<AttendanceRow> rows) {
		if (!EventPolicy.of(actor).mayCheckIn()) {
			throw new AccessDeniedException("events");
		}
		Event event = this.events.get(eventId);
		ZoneId zone = event.zone();
		boolean counted = AttendanceRules.noShowsCounted(event.getStatus(), event.getEndsAt(), this.clock.instant());
		for (int first = 0;; first += PAGE) {
			List<Invitation> page = page(this.entityManager.createQuery("select i from Invitation i where "
					+ "i.eventId = :eventId and (i.status = org.integra.events.InvitationStatus.ACCEPTED or exists "
					+ "(select a from Attendance a where a.invitationId = i.id)) order by upper(i.inviteeName), i.id",
					Invitation.class)
				.setParameter("eventId", eventId), first);
			Map<Long, Attendance> came = attendances(page.stream().map(Invitation::getId).toList());
			Map<Long, CitySummary> cityNames = this.cities.findAll(ids(page.stream().map(Invitation::getCityId)));
			for (Invitation i : page) {
				Attendance a = came.get(i.getId());
				String city = (a != null && a.getCityName() != null) ? a.getCityName()
						: cityName(cityNames, i.getCityId());
				boolean checkedIn = a != null && a.isCheckedIn();
				AttendanceRow row = new AttendanceRow(i.getInviteeName(), i.getOrganizationName(), city,
						Attendance.Source.INVITATION, checkedIn ? local(a.getCheckedInAt(), zone) : null,
						checkedIn ? a.getCheckedInBy() : null,
						AttendanceRules.isNoShow(i.getStatus(), checkedIn, counted));
				emitIfMatching(query, row, rows);
			}
			if (done(page)) {
				break;
			}
		}
		for (int first = 0;; first += PAGE) {
			List<Attendance> page = page(this.entityManager
				.createQuery("select a from Attendance a where "
						+ "a.eventId = :eventId and a.invitationId is null order by upper(a.attendeeName), a.id",
						Attendance.class)
				.setParameter("eventId", eventId), first);
			for (Attendance a : page) {
				emitIfMatching(query, new AttendanceRow(a.getAttendeeName(), a.getOrganizationName(), a.getCityName(),
						a.getSource(), local(a.getCheckedInAt(), zone), a.getCheckedInBy(), false), rows);
			}
			if (done(page)) {
				return;
			}
		}
	}

	private static void emitIfMatching(String query, AttendanceRow row, Consumer<AttendanceRow> rows) {
		if (AttendanceRules.matches(query, row.name(), row.organization(), row.city())) {
			rows.accept(row);
		}
	}

	private Map<Long, Attendance> attendances(Collection<Long> invitationIds) {
		if (invitationIds.isEmpty()) {
			return Map.of();
		}
		return this.entityManager
			.createQuery("select a from Attendance a where a.invitationId in :ids", Attendance.class)
			.setParameter("ids", invitationIds)
			.getResultStream()
			.collect(java.util.stream.Collectors.toMap(Attendance::getInvitationId, (a) -> a));
	}

	/** One page from the first row; the pages before it are let go. */
	private <T> List<T> page(TypedQuery<T> query, int first) {
		this.entityManager.clear();
		return query.setFirstResult(first).setMaxResults(PAGE).getResultList();
	}

	private static boolean done(List<?> page) {
		return page.size() < PAGE;
	}

	private static List<Long> ids(java.util.stream.Stream<Long> ids) {
		return ids.filter(Objects::nonNull).distinct().toList();
	}

	private static String cityName(Map<Long, CitySummary> cities, Long cityId) {
		CitySummary city = (cityId != null) ? cities.get(cityId) : null;
		return (city != null) ? city.name() : null;
	}

	private static LocalDateTime local(Instant instant, ZoneId zone) {
		return (instant != null) ? LocalDateTime.ofInstant(instant, zone) : null;
	}

	/** An invitation as exported; the answer's time in the event's zone. */
	public record InvitationRow(String name, String organization, String city, String email, String language,
			InvitationStatus status, Integer partySize, AnswerChannel answeredVia, LocalDateTime answeredAt,
			String note) {
	}

	/**
	 * A registration as exported, with the names of the city and person it is linked to.
	 */
	public record RegistrationRow(String name, String organization, String city, String countryCode, String position,
			String email, String language, boolean confirmed, String linkedCity, String linkedPerson) {
	}

	/** A line of the attendance as exported; the check-in's time in the event's zone. */
	public record AttendanceRow(String name, String organization, String city, Attendance.Source source,
			LocalDateTime checkedInAt, String checkedInBy, boolean noShow) {
	}

}
