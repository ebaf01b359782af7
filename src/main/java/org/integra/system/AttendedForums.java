package org.integra.system;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The forums of municipal associations where the network was represented, per country,
 * for the directory's survey of associations, which may not know the events module (it
 * sits below it). The events module implements it; without it, there are none.
 */
public interface AttendedForums {

	/**
	 * The forums attended (held, or started and not cancelled), by the country code of
	 * the association holding them, the latest first.
	 */
	Map<String, List<AttendedForum>> byCountry(Locale locale);

	/**
	 * A forum attended, as a page of another module shows it.
	 *
	 * @param eventId the event's id, for its link
	 * @param title its title in the reader's language
	 * @param startsOn the day it started, in its own time zone
	 * @param association the name of the association holding it
	 */
	record AttendedForum(long eventId, String title, java.time.LocalDate startsOn, String association) {

		public String href() {
			return "/events/" + this.eventId;
		}

	}

}
