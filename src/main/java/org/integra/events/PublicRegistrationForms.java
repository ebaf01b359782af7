package org.integra.events;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * The public registration form's checks for the web page: its signed stamp of when it was
 * shown, how soon it came back, and the submission its fields make.
 */
@Component
public class PublicRegistrationForms {

	private final FormStamps stamps;

	PublicRegistrationForms(FormStamps stamps) {
		this.stamps = stamps;
	}

	/** A signed stamp of now, for the form shown now. */
	public String issue() {
		return this.stamps.issue();
	}

	/** When the form with this stamp was shown; empty for a stamp that is not ours. */
	public Optional<Instant> shownAt(String stamp) {
		return this.stamps.shownAt(stamp);
	}

	/** Whether it came back faster than a person fills it in. */
	public boolean tooFast(Instant shownAt, Instant now) {
		return RegistrationRules.tooFast(shownAt, now);
	}

	/** Whether it was shown so long ago that it is shown again. */
	public boolean stale(Instant shownAt, Instant now) {
		return RegistrationRules.stale(shownAt, now);
	}

	/** The submission of the form's fields. */
	public RegistrationSubmission submission(Map<String, String> values) {
		return new RegistrationSubmission(values.get("name"), values.get("organization"), values.get("city"),
				values.get("country"), values.get("position"), values.get("email"), values.get("language"));
	}

}
