package org.integra.ranking;

import org.springframework.modulith.NamedInterface;

/**
 * What other modules need of a thematic unit: to name it and to offer it in a list.
 *
 * @param id its id
 * @param code its short code, such as {@code UTC}
 * @param name its name in the language asked for
 * @param active whether the unit still works
 */
@NamedInterface(name = "api", propagate = false)
public record ThematicUnitSummary(long id, String code, String name, boolean active) {

	static ThematicUnitSummary of(ThematicUnit unit, java.util.Locale locale) {
		return new ThematicUnitSummary(unit.getId(), unit.getCode(), unit.name(locale), unit.isActive());
	}

}
