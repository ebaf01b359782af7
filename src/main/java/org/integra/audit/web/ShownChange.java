package org.integra.audit.web;

import java.util.List;

/**
 * One field of a change as shown.
 *
 * @param field the field's label
 * @param oldValues the value before, one element per value of a list; empty for none
 * @param newValues the value after, likewise
 */
public record ShownChange(String field, List<ShownValue> oldValues, List<ShownValue> newValues) {

	public ShownChange {
		oldValues = List.copyOf(oldValues);
		newValues = List.copyOf(newValues);
	}

}
