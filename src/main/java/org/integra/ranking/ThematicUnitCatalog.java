package org.integra.ranking;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The network's thematic units for other modules (a mentor's shared units), by name
 * rather than as entities.
 */
@NamedInterface(name = "api", propagate = false)
@Service
@Transactional(readOnly = true)
public class ThematicUnitCatalog {

	private final ThematicUnitRepository units;

	ThematicUnitCatalog(ThematicUnitRepository units) {
		this.units = units;
	}

	/** Every unit's name in that language, by id (inactive units too). */
	public Map<Long, String> names(Locale locale) {
		Map<Long, String> names = new HashMap<>();
		for (ThematicUnit unit : this.units.findAll()) {
			names.put(unit.getId(), unit.name(locale));
		}
		return names;
	}

	/** The units that still work, by name in that language. */
	public List<ThematicUnitSummary> active(Locale locale) {
		return this.units.findAll()
			.stream()
			.filter(ThematicUnit::isActive)
			.map((unit) -> ThematicUnitSummary.of(unit, locale))
			.sorted(Comparator.comparing(ThematicUnitSummary::name).thenComparing(ThematicUnitSummary::id))
			.toList();
	}

	/** The unit, named in that language (an inactive unit too), when it exists. */
	public Optional<ThematicUnitSummary> find(long id, Locale locale) {
		return this.units.findById(id).map((unit) -> ThematicUnitSummary.of(unit, locale));
	}

}
