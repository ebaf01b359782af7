package org.integra.cities;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.integra.system.RecordLink;
import org.integra.system.RecordNameSource;

import org.springframework.stereotype.Component;

/**
 * Names cities for other modules' pages (audit trail, outbox).
 */
@Component
class CityNames implements RecordNameSource {

	static final String TYPE = "City";

	private final CityCatalog cities;

	CityNames(CityCatalog cities) {
		this.cities = cities;
	}

	@Override
	public Set<String> types() {
		return Set.of(TYPE);
	}

	@Override
	public Map<Long, RecordLink> names(String type, Collection<Long> ids) {
		Map<Long, RecordLink> names = new LinkedHashMap<>();
		this.cities.findAll(ids).forEach((id, city) -> names.put(id, new RecordLink(city.name(), "/cities/" + id)));
		return names;
	}

}
