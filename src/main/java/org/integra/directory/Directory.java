package org.integra.directory;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.criteria.Predicate;

import org.integra.cities.CityCatalog;
import org.integra.cities.CountryCatalog;
import org.integra.cities.CountrySummary;
import org.integra.system.NotFoundException;
import org.integra.system.SearchText;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import static org.integra.directory.DirectoryRules.blankToNull;

/**
 * Searches, creates, changes and deletes the directory's organizations and people.
 */
@Service
public class Directory {

	public static final int PAGE_SIZE = 25;

	private final OrganizationRepository organizations;

	private final PersonRepository people;

	private final CountryCatalog countries;

	private final CityCatalog cities;

	private final Clock clock;

	private final List<OrganizationReferences> references;

	Directory(OrganizationRepository organizations, PersonRepository people, CountryCatalog countries,
			CityCatalog cities, Clock clock, List<OrganizationReferences> references) {
		this.organizations = organizations;
		this.people = people;
		this.countries = countries;
		this.cities = cities;
		this.clock = clock;
		this.references = references;
	}

	@Transactional(readOnly = true)
	public List<CountrySummary> countries() {
		return this.countries.all();
	}

	/** The countries sorted by their names in that language, for the pages' selects. */
	@Transactional(readOnly = true)
	public List<CountrySummary> countriesByName(Locale locale) {
		return this.countries.byName(locale);
	}

	/** Organizations whose folded name holds every word of the query, sorted by name. */
	@Transactional(readOnly = true)
	public Page<Organization> searchOrganizations(String query, OrganizationKind kind, String countryCode, int page) {
		String[] words = words(query);
		String country = DirectoryRules.countryCode(countryCode);
		Specification<Organization> spec = (root, q, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			for (String word : words) {
				predicates.add(cb.like(root.get("nameSearch"), "%" + escape(word) + "%", '\\'));
			}
			if (kind != null) {
				predicates.add(cb.equal(root.get("kind"), kind));
			}
			if (country != null) {
				predicates.add(cb.or(cb.equal(root.get("countryCode"), country),
						cb.equal(root.get("hostCountryCode"), country)));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		};
		return this.organizations.findAll(spec,
				PageRequest.of(Math.max(0, page), PAGE_SIZE, Sort.by("nameSearch", "id")));
	}

	/** People whose folded name holds every word of the query, sorted by name. */
	@Transactional(readOnly = true)
	public Page<Person> searchPeople(String query, Long organizationId, int page) {
		String[] words = words(query);
		Specification<Person> spec = (root, q, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			for (String word : words) {
				predicates.add(cb.like(root.get("nameSearch"), "%" + escape(word) + "%", '\\'));
			}
			if (organizationId != null) {
				predicates.add(cb.equal(root.get("organization").get("id"), organizationId));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		};
		return this.people.findAll(spec, PageRequest.of(Math.max(0, page), PAGE_SIZE, Sort.by("nameSearch", "id")));
	}

	@Transactional(readOnly = true)
	public List<Organization> allOrganizations() {
		return this.organizations.findAll(Sort.by("nameSearch", "id"));
	}

	@Transactional(readOnly = true)
	public Organization organization(long id) {
		return this.organizations.findById(id)
			.orElseThrow(() -> new NotFoundException("directory.organization.notFound", id));
	}

	@Transactional(readOnly = true)
	public Person person(long id) {
		return this.people.findById(id).orElseThrow(() -> new NotFoundException("directory.person.notFound", id));
	}

	@Transactional(readOnly = true)
	public List<Person> peopleOf(long organizationId) {
		return this.people.findByOrganizationIdOrderByNameSearch(organizationId);
	}

	@Transactional(readOnly = true)
	public boolean isDeletable(long organizationId) {
		return deletionBlocker(organizationId) == null;
	}

	/**
	 * Why an organization cannot be deleted, as a message key: it has people, or
	 * something else uses it (relationships, interactions...); {@code null} when it can
	 * be.
	 */
	@Transactional(readOnly = true)
	public String deletionBlocker(long organizationId) {
		if (this.people.existsByOrganizationId(organizationId)) {
			return "directory.organization.hasPeople";
		}
		for (OrganizationReferences reference : this.references) {
			if (reference.isReferenced(organizationId)) {
				return reference.reasonKey();
			}
		}
		return null;
	}

	/**
	 * Checks what bean validation cannot: known countries and city, website, language.
	 */
	@Transactional(readOnly = true)
	public void check(OrganizationForm form, Errors errors) {
		check(form, errors, this.countries::exists);
	}

	/**
	 * Checks the form against the countries given, for an import that checks many forms
	 * and loads the countries once.
	 */
	void check(OrganizationForm form, Errors errors, java.util.function.Predicate<String> countryExists) {
		checkCountry("countryCode", form.getCountryCode(), errors, countryExists);
		checkCountry("hostCountryCode", form.getHostCountryCode(), errors, countryExists);
		if (!errors.hasFieldErrors("website") && !DirectoryRules.isWebsite(form.getWebsite())) {
			errors.rejectValue("website", "directory.website.invalid");
		}
		if (form.getCityId() != null && !errors.hasFieldErrors("cityId")
				&& this.cities.find(form.getCityId()).isEmpty()) {
			errors.rejectValue("cityId", "directory.city.unknown");
		}
	}

	@Transactional(readOnly = true)
	public void check(PersonForm form, Errors errors) {
		check(form, errors, this.organizations::existsById);
	}

	/**
	 * Checks the form against the organizations given, for an import that found them
	 * already.
	 */
	void check(PersonForm form, Errors errors, java.util.function.Predicate<Long> organizationExists) {
		if (form.getOrganizationId() != null && !errors.hasFieldErrors("organizationId")
				&& !organizationExists.test(form.getOrganizationId())) {
			errors.rejectValue("organizationId", "directory.organization.unknown");
		}
		if (!errors.hasFieldErrors("preferredLanguage") && !DirectoryRules.isLanguage(form.getPreferredLanguage())) {
			errors.rejectValue("preferredLanguage", "directory.language.invalid");
		}
	}

	/** The codes of the countries on record. */
	@Transactional(readOnly = true)
	public java.util.Set<String> countryCodes() {
		return java.util.Set.copyOf(this.countries.codes());
	}

	private static void checkCountry(String field, String code, Errors errors,
			java.util.function.Predicate<String> countryExists) {
		String normalized = DirectoryRules.countryCode(code);
		if (normalized != null && !errors.hasFieldErrors(field) && !countryExists.test(normalized)) {
			errors.rejectValue(field, "directory.country.unknown");
		}
	}

	@Transactional
	public Organization create(OrganizationForm form) {
		Organization organization = new Organization(form.getName().strip(), form.getKind(), this.clock.instant());
		apply(form, organization);
		return this.organizations.saveAndFlush(organization);
	}

	/**
	 * Saves the change unless the organization changed since the user loaded it.
	 * @throws ObjectOptimisticLockingFailureException if the form's version is stale
	 */
	@Transactional
	public Organization update(long id, OrganizationForm form) {
		Organization organization = organization(id);
		if (form.getVersion() == null || form.getVersion() != organization.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(Organization.class, id);
		}
		apply(form, organization);
		organization.touch(this.clock.instant());
		return this.organizations.saveAndFlush(organization);
	}

	/**
	 * Deletes an organization nothing uses; returns false if it has people or is
	 * referenced.
	 */
	@Transactional
	public boolean deleteOrganization(long id) {
		Organization organization = organization(id);
		if (!isDeletable(id)) {
			return false;
		}
		this.organizations.delete(organization);
		return true;
	}

	@Transactional
	public Person create(PersonForm form) {
		Person person = new Person(form.getName().strip(), this.clock.instant());
		apply(form, person);
		return this.people.saveAndFlush(person);
	}

	@Transactional
	public Person update(long id, PersonForm form) {
		Person person = person(id);
		if (form.getVersion() == null || form.getVersion() != person.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(Person.class, id);
		}
		apply(form, person);
		person.touch(this.clock.instant());
		return this.people.saveAndFlush(person);
	}

	Organization save(Organization organization) {
		return this.organizations.save(organization);
	}

	private void apply(OrganizationForm form, Organization organization) {
		organization.rename(form.getName().strip(), form.getKind());
		organization.place(DirectoryRules.countryCode(form.getCountryCode()),
				DirectoryRules.countryCode(form.getHostCountryCode()), blankToNull(form.getHostCityName()),
				form.getCityId());
		organization.describe(blankToNull(form.getWebsite()), blankToNull(form.getNotes()));
	}

	private void apply(PersonForm form, Person person) {
		person.rename(form.getName().strip());
		Organization organization = (form.getOrganizationId() != null) ? organization(form.getOrganizationId()) : null;
		person.employ(organization, blankToNull(form.getPosition()));
		person.reach(blankToNull(form.getEmail()), blankToNull(form.getPhone()),
				blankToNull(form.getPreferredLanguage()), blankToNull(form.getNotes()));
	}

	private static String[] words(String query) {
		String folded = SearchText.normalize(query);
		return folded.isEmpty() ? new String[0] : folded.split(" ");
	}

	private static String escape(String word) {
		return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
