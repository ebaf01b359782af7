package org.integra.directory;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.integra.cities.CityCatalog;
import org.integra.cities.CitySummary;
import org.integra.system.DemoCsv;
import org.integra.system.DemoSeeds;
import org.integra.system.SearchText;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads once, also into an existing directory, each plan city's government and its head
 * in 2017 from {@code demo/plan-city-governments-2017.csv}: the government as a city
 * government of its city, the head as a person of it with the title in the city's
 * language, the term, the sources and what the file leaves unverified in the notes. No
 * e-mail or phone is known, so none is stored.
 */
@Component
@ConditionalOnProperty(name = "integra.demo-data", havingValue = "true", matchIfMissing = true)
@Order(21)
class CityGovernmentDemoData implements ApplicationRunner {

	static final String RESOURCE = "demo/plan-city-governments-2017.csv";

	static final String SEED = "directory-city-governments-2017";

	private final DemoSeeds seeds;

	private final OrganizationRepository organizations;

	private final PersonRepository people;

	private final CityCatalog cities;

	private final Clock clock;

	CityGovernmentDemoData(DemoSeeds seeds, OrganizationRepository organizations, PersonRepository people,
			CityCatalog cities, Clock clock) {
		this.seeds = seeds;
		this.organizations = organizations;
		this.people = people;
		this.cities = cities;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.seeds.loadOnce(SEED, this::load);
	}

	private void load() {
		Map<String, Long> planCities = new HashMap<>();
		List<CitySummary> known = new ArrayList<>(this.cities.candidateCities());
		known.addAll(this.cities.memberCities());
		known.forEach((city) -> planCities.putIfAbsent(key(city.name(), city.countryCode()), city.id()));
		List<Organization> existing = this.organizations.findByKindOrderByNameAsc(OrganizationKind.CITY_GOVERNMENT);
		for (Map<String, String> row : rows()) {
			Long cityId = planCities.get(key(row.get("city"), row.get("country_iso2")));
			String name = SearchText.normalize(row.get("government"));
			// an install that recorded the government already keeps its own record
			boolean recorded = existing.stream()
				.anyMatch((o) -> (cityId != null && cityId.equals(o.getCityId()))
						|| name.equals(SearchText.normalize(o.getName())));
			if (!recorded) {
				save(row, cityId);
			}
		}
	}

	private void save(Map<String, String> row, Long cityId) {
		Organization government = new Organization(row.get("government"), OrganizationKind.CITY_GOVERNMENT,
				this.clock.instant());
		government.place(row.get("country_iso2"), null, null, cityId);
		government.describe(website(row.get("website")), governmentNotes(row));
		this.organizations.save(government);
		boolean brazil = "BR".equals(row.get("country_iso2"));
		Person head = new Person(row.get("head_of_government"), this.clock.instant());
		head.employ(government, brazil ? row.get("title_pt") : row.get("title_es"));
		head.reach(null, null, brazil ? "pt" : "es", headNotes(row));
		this.people.save(head);
	}

	/** A bare domain becomes its address; a qualified one stays in the notes only. */
	static String website(String cell) {
		if (cell == null || cell.isBlank() || cell.contains(" ")) {
			return null;
		}
		return "https://" + cell.strip();
	}

	private static String governmentNotes(Map<String, String> row) {
		StringBuilder notes = new StringBuilder();
		notes.append("Nombre oficial: ").append(row.get("government_name_status")).append('.');
		String website = row.get("website");
		if (!website.isBlank() && website(website) == null) {
			notes.append(" Sitio web: ").append(website).append('.');
		}
		notes.append(" Fuentes: ").append(row.get("sources"));
		return notes.toString();
	}

	private static String headNotes(Map<String, String> row) {
		StringBuilder notes = new StringBuilder();
		notes.append("Cargo en 2017: ")
			.append(row.get("title_es"))
			.append(" (es) / ")
			.append(row.get("title_pt"))
			.append(" (pt). Mandato: ")
			.append(row.get("term"))
			.append(". Fuentes: ")
			.append(row.get("sources"));
		if (!row.get("note").isBlank()) {
			notes.append(". Nota: ").append(row.get("note"));
		}
		return notes.toString();
	}

	static List<Map<String, String>> rows() {
		return DemoCsv.rows(RESOURCE);
	}

	private static String key(String name, String countryCode) {
		return name.strip().toLowerCase(java.util.Locale.ROOT) + "|" + countryCode;
	}

}
