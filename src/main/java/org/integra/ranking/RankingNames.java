package org.integra.ranking;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.integra.system.RecordLink;
import org.integra.system.RecordNameSource;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Names criteria and thematic units, in the current user's language, for other modules'
 * pages (audit trail).
 */
@Component
class RankingNames implements RecordNameSource {

	static final String CRITERION = "Criterion";

	static final String UNIT = "ThematicUnit";

	private final CriterionRepository criteria;

	private final ThematicUnitRepository units;

	RankingNames(CriterionRepository criteria, ThematicUnitRepository units) {
		this.criteria = criteria;
		this.units = units;
	}

	@Override
	public Set<String> types() {
		return Set.of(CRITERION, UNIT);
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, RecordLink> names(String type, Collection<Long> ids) {
		Locale locale = LocaleContextHolder.getLocale();
		Map<Long, RecordLink> names = new LinkedHashMap<>();
		if (CRITERION.equals(type)) {
			this.criteria.findAllById(ids)
				.forEach((criterion) -> names.put(criterion.getId(),
						new RecordLink(criterion.name(locale), "/ranking/criteria/" + criterion.getId() + "/edit")));
		}
		else if (UNIT.equals(type)) {
			this.units.findAllById(ids)
				.forEach((unit) -> names.put(unit.getId(),
						new RecordLink(unit.name(locale), "/ranking/units/" + unit.getId() + "/edit")));
		}
		return names;
	}

}
