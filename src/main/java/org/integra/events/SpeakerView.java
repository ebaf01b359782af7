package org.integra.events;

/**
 * A speaker as shown on the agenda and in its PDF.
 *
 * @param name their name
 * @param organization their organisation's name, if known
 */
public record SpeakerView(String name, String organization) {

	/** The name followed by the organisation in parentheses, when there is one. */
	public String text() {
		return (this.organization != null) ? this.name + " (" + this.organization + ")" : this.name;
	}

}
