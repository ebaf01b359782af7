package org.integra.events;

import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.integra.audit.Audited;

/**
 * A thematic unit presenting at an event: what it offers a new member (es/pt), the city
 * that coordinates it and a person to contact.
 */
@Entity
@Table(name = "event_showcase_entry")
@Audited(value = "ShowcaseEntry", label = "thematicUnitId")
public class ShowcaseEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "event_id", nullable = false, updatable = false)
	private long eventId;

	@Column(name = "thematic_unit_id", nullable = false)
	private long thematicUnitId;

	@Column(name = "offer_es", nullable = false)
	private String offerEs;

	@Column(name = "offer_pt", nullable = false)
	private String offerPt;

	@Column(name = "coordinating_city_id")
	private Long coordinatingCityId;

	@Column(name = "contact_person_id")
	private Long contactPersonId;

	@Version
	private long version;

	protected ShowcaseEntry() {
	}

	ShowcaseEntry(long eventId, ShowcaseForm form) {
		this.eventId = eventId;
		apply(form);
	}

	void apply(ShowcaseForm form) {
		this.thematicUnitId = form.getThematicUnitId();
		this.offerEs = form.getOfferEs();
		this.offerPt = form.getOfferPt();
		this.coordinatingCityId = form.getCoordinatingCityId();
		this.contactPersonId = form.getContactPersonId();
	}

	void forgetCity() {
		this.coordinatingCityId = null;
	}

	void contactIs(long personId) {
		this.contactPersonId = personId;
	}

	/** The offer in Portuguese for a Portuguese reader, in Spanish for everyone else. */
	public String offer(Locale locale) {
		return (locale != null && locale.getLanguage().equals("pt")) ? this.offerPt : this.offerEs;
	}

	public Long getId() {
		return this.id;
	}

	public long getEventId() {
		return this.eventId;
	}

	public long getThematicUnitId() {
		return this.thematicUnitId;
	}

	public String getOfferEs() {
		return this.offerEs;
	}

	public String getOfferPt() {
		return this.offerPt;
	}

	public Long getCoordinatingCityId() {
		return this.coordinatingCityId;
	}

	public Long getContactPersonId() {
		return this.contactPersonId;
	}

	public long getVersion() {
		return this.version;
	}

}
