package org.integra.cities;

/**
 * A filter parameter that was ignored or corrected, to tell the user about.
 *
 * @param parameter the parameter's name
 * @param corrected {@code true} when the value was replaced by a valid one, {@code false}
 * when it was ignored
 */
public record FilterNote(String parameter, boolean corrected) {

	public String messageKey() {
		return this.corrected ? "cities.filter.note.corrected" : "cities.filter.note.ignored";
	}

}
