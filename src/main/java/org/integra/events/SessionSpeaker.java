package org.integra.events;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A speaker of a session: a person of the directory, or a name and organisation typed in
 * for someone the directory does not hold.
 */
@Embeddable
public class SessionSpeaker {

	@Column(name = "person_id")
	private Long personId;

	private String name;

	private String organization;

	protected SessionSpeaker() {
	}

	private SessionSpeaker(Long personId, String name, String organization) {
		this.personId = personId;
		this.name = name;
		this.organization = organization;
	}

	/** A person of the directory. */
	public static SessionSpeaker person(long personId) {
		return new SessionSpeaker(personId, null, null);
	}

	/** Someone the directory does not hold, by name and (optional) organisation. */
	public static SessionSpeaker typed(String name, String organization) {
		return new SessionSpeaker(null, Objects.requireNonNull(name), organization);
	}

	SessionSpeaker withPerson(long keptId) {
		return new SessionSpeaker(keptId, this.name, this.organization);
	}

	public Long getPersonId() {
		return this.personId;
	}

	public String getName() {
		return this.name;
	}

	public String getOrganization() {
		return this.organization;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof SessionSpeaker speaker && Objects.equals(this.personId, speaker.personId)
				&& Objects.equals(this.name, speaker.name) && Objects.equals(this.organization, speaker.organization);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.personId, this.name, this.organization);
	}

	@Override
	public String toString() {
		if (this.personId != null) {
			return "person " + this.personId;
		}
		return (this.organization != null) ? this.name + " (" + this.organization + ")" : this.name;
	}

}
