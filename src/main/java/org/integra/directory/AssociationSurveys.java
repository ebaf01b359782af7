package org.integra.directory;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.integra.cities.CountryCatalog;
import org.integra.cities.CountrySummary;
import org.integra.system.NotFoundException;
import org.integra.system.TextInput;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The survey of local-government associations and coordination spaces, country by country
 * (specific objective 1 of the plan).
 */
@Service
@Transactional(readOnly = true)
public class AssociationSurveys {

	/** Longest "what is missing" text accepted. */
	public static final int MISSING_MAX = 4000;

	/**
	 * One country's survey.
	 *
	 * @param country the country
	 * @param survey its recorded status, or a new one not started
	 * @param associations the associations of the directory in that country, by name
	 */
	public record CountrySurvey(CountrySummary country, AssociationSurvey survey, List<Organization> associations) {
	}

	private final AssociationSurveyRepository surveys;

	private final OrganizationRepository organizations;

	private final CountryCatalog countries;

	private final Clock clock;

	AssociationSurveys(AssociationSurveyRepository surveys, OrganizationRepository organizations,
			CountryCatalog countries, Clock clock) {
		this.surveys = surveys;
		this.organizations = organizations;
		this.countries = countries;
		this.clock = clock;
	}

	/** Every country of the region with its survey, by country code. */
	public List<CountrySurvey> overview() {
		Map<String, AssociationSurvey> recorded = this.surveys.findAll()
			.stream()
			.collect(Collectors.toMap(AssociationSurvey::getCountryCode, (survey) -> survey));
		Map<String, List<Organization>> associations = this.organizations
			.findByKindOrderByNameAsc(OrganizationKind.ASSOCIATION)
			.stream()
			.filter((organization) -> organization.getCountryCode() != null)
			.collect(Collectors.groupingBy(Organization::getCountryCode));
		return this.countries.all()
			.stream()
			.map((country) -> new CountrySurvey(country,
					recorded.getOrDefault(country.code(), new AssociationSurvey(country.code())),
					associations.getOrDefault(country.code(), List.of())))
			.toList();
	}

	/**
	 * @throws NotFoundException for a country Integra does not hold
	 */
	public CountrySurvey of(String countryCode) {
		String code = (countryCode == null) ? "" : countryCode.strip().toUpperCase(java.util.Locale.ROOT);
		return overview().stream()
			.filter((survey) -> survey.country().code().equals(code))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("directory.survey.notFound", countryCode));
	}

	/**
	 * Records a country's status and what is still missing.
	 * @throws IllegalArgumentException with a message key when the text is too long
	 * @throws ObjectOptimisticLockingFailureException when someone recorded it since the
	 * form was loaded
	 */
	@Transactional
	public AssociationSurvey record(String countryCode, SurveyStatus status, String missing, long expectedVersion,
			String user) {
		CountrySurvey current = of(countryCode);
		String text = (missing == null) ? null : TextInput.withoutNul(missing).strip();
		if (text != null && text.isEmpty()) {
			text = null;
		}
		if (text != null && text.length() > MISSING_MAX) {
			throw new IllegalArgumentException("directory.survey.missing.tooLong");
		}
		AssociationSurvey survey = current.survey();
		if (survey.getVersion() != expectedVersion) {
			throw new ObjectOptimisticLockingFailureException(AssociationSurvey.class, countryCode);
		}
		Instant now = this.clock.instant();
		survey.record((status == null) ? SurveyStatus.NOT_STARTED : status, text, user, now);
		return this.surveys.saveAndFlush(survey);
	}

}
