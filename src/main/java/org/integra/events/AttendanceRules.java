package org.integra.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.integra.outreach.Stage;
import org.integra.system.SearchText;
import org.integra.system.TextInput;

/**
 * The rules of the check-in and its follow-up, in plain Java: who counts as a no-show,
 * what a walk-in must give, which pipeline move an acceptance and a check-in make, when a
 * follow-up task is due and who it goes to.
 */
public final class AttendanceRules {

	public static final int NAME_MAX = 200;

	public static final int ORGANIZATION_MAX = 300;

	public static final int CITY_MAX = 200;

	public static final int EMAIL_MAX = 320;

	public static final int TEMPLATE_TEXT_MAX = 500;

	public static final int DAYS_MAX = 365;

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private AttendanceRules() {
	}

	/**
	 * Whether the event is over for counting no-shows: held, or its end has passed (a
	 * cancelled event has no no-shows).
	 */
	public static boolean noShowsCounted(EventStatus status, Instant endsAt, Instant now) {
		if (status == EventStatus.CANCELLED) {
			return false;
		}
		return status == EventStatus.HELD || !now.isBefore(endsAt);
	}

	/** Whether the invitee is a no-show: accepted, not checked in, and the event over. */
	public static boolean isNoShow(InvitationStatus status, boolean checkedIn, boolean counted) {
		return counted && status == InvitationStatus.ACCEPTED && !checkedIn;
	}

	/**
	 * The move an accepted invitation makes: interested to invited, nothing for a city at
	 * any other stage (further on, or not yet interested).
	 */
	public static Optional<Stage> onAccepted(Stage current) {
		return (current == Stage.INTERESTED) ? Optional.of(Stage.INVITED) : Optional.empty();
	}

	/** The move a check-in makes: invited to attended, nothing from any other stage. */
	public static Optional<Stage> onCheckedIn(Stage current) {
		return (current == Stage.INVITED) ? Optional.of(Stage.ATTENDED) : Optional.empty();
	}

	/** When a follow-up task is due: so many days after the event's last day. */
	public static LocalDate dueOn(LocalDate eventEndsOn, int daysAfter) {
		return eventEndsOn.plusDays(daysAfter);
	}

	/**
	 * Who a follow-up task goes to: the city's mentor when the rule says so and it has
	 * one, else the coordinator who invited the city, else the event's coordinator.
	 * @param mentor the user mentoring the city, if any
	 * @param inviter the user who sent the invitation, if they can be assigned work
	 * @param eventCoordinator the user who created the event
	 */
	public static String assignee(FollowUpTemplate.AssigneeRule rule, Optional<String> mentor, Optional<String> inviter,
			String eventCoordinator) {
		if (rule == FollowUpTemplate.AssigneeRule.MENTOR && mentor.isPresent()) {
			return mentor.get();
		}
		return inviter.orElse(eventCoordinator);
	}

	/** Whether the person matches the words searched for, ignoring accents and case. */
	public static boolean matches(String query, String... fields) {
		return search(query).matches(fields);
	}

	/** The words searched for, folded once for a whole list. */
	public static Search search(String query) {
		String folded = SearchText.normalize(query);
		return new Search(folded.isEmpty() ? new String[0] : folded.split(" "));
	}

	/**
	 * Words to find, accents and case ignored, each in any of a person's fields. The
	 * fields' folded forms are remembered: a check-in list searched at every keystroke
	 * folds the same names again and again.
	 */
	public static final class Search {

		private static final Cache<String, String> FOLDED = Caffeine.newBuilder().maximumSize(50_000).build();

		private final String[] words;

		private Search(String[] words) {
			this.words = words;
		}

		public boolean matches(String... fields) {
			if (this.words.length == 0) {
				return true;
			}
			StringBuilder text = new StringBuilder();
			for (String field : fields) {
				if (field != null) {
					text.append(' ').append(FOLDED.get(field, SearchText::normalize));
				}
			}
			String haystack = text.toString();
			for (String word : this.words) {
				if (!haystack.contains(word)) {
					return false;
				}
			}
			return true;
		}

	}

	/**
	 * A walk-in as typed, cleaned.
	 *
	 * @param name their name
	 * @param organization the organisation they come from, if given
	 * @param city their city, if given
	 * @param email their address, if given
	 * @param language es or pt (es unless pt)
	 */
	public record WalkIn(String name, String organization, String city, String email, String language) {

		/** The walk-in with its text stripped, blanks as none. */
		public static WalkIn of(String name, String organization, String city, String email, String language) {
			return new WalkIn(clean(name), clean(organization), clean(city), clean(email),
					"pt".equals(language) ? "pt" : "es");
		}

	}

	/** What is wrong with the walk-in, field by field; empty when it may be added. */
	public static List<Map.Entry<String, String>> problems(WalkIn walkIn) {
		List<Map.Entry<String, String>> problems = new ArrayList<>();
		if (walkIn.name() == null) {
			problems.add(Map.entry("name", "events.walkIn.name.required"));
		}
		else {
			text(walkIn.name(), NAME_MAX, "name", problems);
		}
		text(walkIn.organization(), ORGANIZATION_MAX, "organization", problems);
		text(walkIn.city(), CITY_MAX, "city", problems);
		if (walkIn.email() != null
				&& (walkIn.email().length() > EMAIL_MAX || !EMAIL.matcher(walkIn.email()).matches())) {
			problems.add(Map.entry("email", "events.walkIn.email.invalid"));
		}
		return problems;
	}

	/** What is wrong with a follow-up template; empty when it may be saved. */
	public static List<Map.Entry<String, String>> templateProblems(String text, Integer daysAfter,
			FollowUpTemplate.AssigneeRule rule) {
		List<Map.Entry<String, String>> problems = new ArrayList<>();
		if (text == null) {
			problems.add(Map.entry("text", "events.followUp.text.required"));
		}
		else if (text.length() > TEMPLATE_TEXT_MAX || !TextInput.isSingleLine(text)) {
			problems.add(Map.entry("text", "events.followUp.text.invalid"));
		}
		if (daysAfter == null || daysAfter < 0 || daysAfter > DAYS_MAX) {
			problems.add(Map.entry("daysAfter", "events.followUp.daysAfter.invalid"));
		}
		if (rule == null) {
			problems.add(Map.entry("assigneeRule", "events.followUp.assigneeRule.required"));
		}
		return problems;
	}

	private static void text(String value, int max, String field, List<Map.Entry<String, String>> problems) {
		if (value != null && (value.length() > max || !TextInput.isSingleLine(value))) {
			problems.add(Map.entry(field, "events.walkIn." + field + ".invalid"));
		}
	}

	/** The text stripped and without NUL, or {@code null} when blank. */
	public static String clean(String value) {
		if (value == null) {
			return null;
		}
		String stripped = TextInput.withoutNul(value).strip();
		return stripped.isEmpty() ? null : stripped;
	}

}
