package org.integra.cities;

import org.integra.system.CsvLines;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.integra.system.DemoSeeds;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Loads the 24 cities of the 2016-2017 work plan on the first start, with the figures and
 * sources of {@code demo/plan-cities.csv} exactly as given there.
 */
@Component
@ConditionalOnProperty(name = "integra.demo-data", havingValue = "true", matchIfMissing = true)
@Order(0)
class CityDemoData implements ApplicationRunner {

	static final String RESOURCE = "demo/plan-cities.csv";

	private static final Pattern YEAR = Pattern.compile("^(\\d{4})\\b");

	private final DemoSeeds seeds;

	private final CityRepository cities;

	private final CountryRepository countries;

	private final Clock clock;

	CityDemoData(DemoSeeds seeds, CityRepository cities, CountryRepository countries, Clock clock) {
		this.seeds = seeds;
		this.cities = cities;
		this.countries = countries;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.seeds.loadOnce("cities", this::load);
	}

	private void load() {
		try (var reader = new BufferedReader(
				new InputStreamReader(new ClassPathResource(RESOURCE).getInputStream(), StandardCharsets.UTF_8))) {
			List<String> header = CsvLines.split(reader.readLine());
			String line;
			while ((line = reader.readLine()) != null) {
				if (!line.isBlank()) {
					this.cities.save(city(row(header, CsvLines.split(line))));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private City city(Map<String, String> row) {
		Country country = this.countries.findById(row.get("country_iso2")).orElseThrow();
		City city = new City(row.get("name"), country, this.clock.instant());
		city.rename(row.get("name"), emptyToNull(row.get("alternative_names").replace('|', '\n')));
		city.locate(country, emptyToNull(row.get("region")), new BigDecimal(row.get("latitude")),
				new BigDecimal(row.get("longitude")));
		city.describePopulation(Long.valueOf(row.get("population")), populationYear(row.get("population_year")),
				row.get("population_year") + ". " + row.get("source"));
		city.classify(capital(row.get("is_capital")), Seaport.valueOf(row.get("is_seaport").toUpperCase(Locale.ROOT)),
				null);
		String since = row.get("member_since");
		city.relate(NetworkRelation.valueOf(row.get("relation")), since.isEmpty() ? null : Integer.valueOf(since));
		return city;
	}

	static Integer populationYear(String yearText) {
		Matcher matcher = YEAR.matcher(yearText);
		return matcher.find() ? Integer.valueOf(matcher.group(1)) : null;
	}

	static CapitalStatus capital(String value) {
		return switch (value) {
			case "yes" -> CapitalStatus.NATIONAL;
			case "seat_of_government" -> CapitalStatus.SEAT_OF_GOVERNMENT;
			default -> CapitalStatus.NONE;
		};
	}

	private static Map<String, String> row(List<String> header, List<String> fields) {
		Map<String, String> row = new HashMap<>();
		for (int i = 0; i < header.size(); i++) {
			row.put(header.get(i), (i < fields.size()) ? fields.get(i) : "");
		}
		return row;
	}

	private static String emptyToNull(String text) {
		return (text == null || text.isEmpty()) ? null : text;
	}

}
