package org.integra.events;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.integra.audit.AuditIgnored;
import org.integra.audit.Audited;
import org.integra.system.SearchText;

/**
 * A registration through an event's public page, stored as submitted before any mail goes
 * out. The registrant confirms their address through a link whose secret is kept only as
 * its hash; a coordinator later links it to a city and a person of Integra.
 */
@Entity
@Table(name = "event_registration")
@Audited(value = "Registration", label = "name")
public class Registration {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "event_id", nullable = false)
	private long eventId;

	@Column(nullable = false)
	private String name;

	@Column(name = "organization_name")
	private String organizationName;

	@Column(name = "city_name")
	private String cityName;

	@Column(name = "country_code")
	private String countryCode;

	private String position;

	@Column(nullable = false)
	private String email;

	@AuditIgnored
	@Column(name = "email_key", nullable = false)
	private String emailKey;

	@Column(nullable = false)
	private String language;

	@AuditIgnored
	@Column(name = "token_hash", nullable = false)
	private String tokenHash;

	@AuditIgnored
	@Column(name = "search_text", nullable = false)
	private String searchText;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "confirmed_at")
	private Instant confirmedAt;

	@Column(name = "city_id")
	private Long cityId;

	@Column(name = "person_id")
	private Long personId;

	@Column(name = "linked_by")
	private String linkedBy;

	@Column(name = "linked_at")
	private Instant linkedAt;

	@Version
	private long version;

	protected Registration() {
	}

	Registration(long eventId, RegistrationSubmission submission, String tokenHash, Instant now) {
		this.eventId = eventId;
		this.name = submission.name();
		this.organizationName = submission.organization();
		this.cityName = submission.city();
		this.countryCode = submission.country();
		this.position = submission.position();
		this.email = submission.email();
		this.emailKey = RegistrationRules.emailKey(submission.email());
		this.language = submission.language();
		this.tokenHash = tokenHash;
		this.createdAt = now;
		this.searchText = SearchText
			.normalize(String.join(" ", this.name, nonNull(this.organizationName), nonNull(this.cityName), this.email));
		if (this.searchText.length() > 1200) {
			this.searchText = this.searchText.substring(0, 1200);
		}
	}

	private static String nonNull(String text) {
		return (text != null) ? text : "";
	}

	/**
	 * The registrant confirmed their address.
	 * @return whether this is the first confirmation
	 */
	boolean confirm(Instant now) {
		if (this.confirmedAt != null) {
			return false;
		}
		this.confirmedAt = now;
		return true;
	}

	void linkCity(Long cityId, String user, Instant now) {
		this.cityId = cityId;
		linked(user, now);
	}

	void linkPerson(Long personId, String user, Instant now) {
		this.personId = personId;
		linked(user, now);
	}

	private void linked(String user, Instant now) {
		this.linkedBy = user;
		this.linkedAt = now;
	}

	public Long getId() {
		return this.id;
	}

	public long getEventId() {
		return this.eventId;
	}

	public String getName() {
		return this.name;
	}

	public String getOrganizationName() {
		return this.organizationName;
	}

	public String getCityName() {
		return this.cityName;
	}

	public String getCountryCode() {
		return this.countryCode;
	}

	public String getPosition() {
		return this.position;
	}

	public String getEmail() {
		return this.email;
	}

	public String getLanguage() {
		return this.language;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getConfirmedAt() {
		return this.confirmedAt;
	}

	public boolean isConfirmed() {
		return this.confirmedAt != null;
	}

	public Long getCityId() {
		return this.cityId;
	}

	public Long getPersonId() {
		return this.personId;
	}

	public String getLinkedBy() {
		return this.linkedBy;
	}

	public long getVersion() {
		return this.version;
	}

}
