package org.integra.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.integra.directory.DirectoryCsv.Row;
import org.integra.directory.DirectoryCsv.Type;
import org.integra.directory.DirectoryImport.Outcome;
import org.integra.directory.DirectoryImport.RowReport;
import org.integra.directory.DuplicateMatcher.OrganizationFacts;
import org.integra.directory.DuplicateMatcher.PersonFacts;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * Checks the rows of a directory import: each row's values as the forms would, and
 * whether it probably duplicates an existing record or an earlier row of the file.
 */
@Component
class ImportRowCheck {

	private static final Map<String, String> COLUMN_OF_FIELD = Map.of("countryCode", "country", "hostCountryCode",
			"host_country", "hostCityName", "host_city", "organizationId", "organization", "preferredLanguage",
			"language");

	private final Directory directory;

	private final OrganizationRepository organizations;

	private final PersonRepository people;

	private final SpringValidatorAdapter validator;

	ImportRowCheck(Directory directory, OrganizationRepository organizations, PersonRepository people,
			jakarta.validation.Validator validator) {
		this.directory = directory;
		this.organizations = organizations;
		this.people = people;
		this.validator = new SpringValidatorAdapter(validator);
	}

	/**
	 * Checks every row against what the directory holds, loaded once for the whole file
	 * (countries, organizations and people by the name keys and e-mails of the file), and
	 * against the earlier rows, indexed by the same keys: a file of 5,000 rows costs a
	 * few queries, not several per row, and no comparison of each row with every other.
	 */
	List<CheckedRow> check(Type type, List<Row> rows) {
		KnownRecords known = new KnownRecords(this.directory.countryCodes(), type, rows, this.organizations,
				this.people);
		InFileDuplicates earlier = new InFileDuplicates();
		List<CheckedRow> result = new ArrayList<>();
		for (Row row : rows) {
			CheckedRow checked = (type == Type.ORGANIZATIONS) ? checkOrganization(row, known) : checkPerson(row, known);
			result.add(earlier.withinFile(checked));
		}
		return result;
	}

	private CheckedRow checkOrganization(Row row, KnownRecords known) {
		Type type = Type.ORGANIZATIONS;
		String name = row.value(type, "name");
		if (!row.wellFormed()) {
			return error(row, name, null, row.problem(), row.problemArguments().toArray());
		}
		OrganizationForm form = new OrganizationForm();
		form.setName(name);
		String kind = row.value(type, "kind");
		if (kind != null) {
			OrganizationKind parsed = kind(kind);
			if (parsed == null) {
				return error(row, name, "kind", "directory.import.problem.kind");
			}
			form.setKind(parsed);
		}
		form.setCountryCode(row.value(type, "country"));
		form.setHostCountryCode(row.value(type, "host_country"));
		form.setHostCityName(row.value(type, "host_city"));
		form.setWebsite(row.value(type, "website"));
		form.setNotes(row.value(type, "notes"));
		BindingResult errors = new BeanPropertyBindingResult(form, "organizationForm");
		this.validator.validate(form, errors);
		this.directory.check(form, errors, known.countries::contains);
		if (errors.hasFieldErrors()) {
			return error(row, name, errors.getFieldErrors().get(0));
		}
		OrganizationFacts facts = new OrganizationFacts(form.getName(), form.getCountryCode());
		List<Organization> matches = known.organizationsMatching(facts);
		if (!matches.isEmpty()) {
			return new CheckedRow(new RowReport(row.line(), abbreviate(name), Outcome.DUPLICATE_EXISTING,
					matches.get(0).getId(), matches.get(0).getName(), null, null, null), form, facts);
		}
		return new CheckedRow(new RowReport(row.line(), abbreviate(name), Outcome.NEW, null, null, null, null, null),
				form, facts);
	}

	private CheckedRow checkPerson(Row row, KnownRecords known) {
		Type type = Type.PEOPLE;
		String name = row.value(type, "name");
		if (!row.wellFormed()) {
			return error(row, name, null, row.problem(), row.problemArguments().toArray());
		}
		PersonForm form = new PersonForm();
		form.setName(name);
		form.setPosition(row.value(type, "position"));
		String organizationName = row.value(type, "organization");
		Organization organization = null;
		if (organizationName != null) {
			List<Organization> found = known.organizationsNamed(organizationName);
			if (found.isEmpty()) {
				return error(row, name, "organization", "directory.import.problem.organization");
			}
			if (found.size() > 1) {
				return error(row, name, "organization", "directory.import.problem.organizationAmbiguous");
			}
			organization = found.get(0);
			form.setOrganizationId(organization.getId());
		}
		form.setEmail(row.value(type, "email"));
		form.setPhone(row.value(type, "phone"));
		String language = row.value(type, "language");
		form.setPreferredLanguage((language != null) ? language.toLowerCase(Locale.ROOT) : null);
		form.setNotes(row.value(type, "notes"));
		BindingResult errors = new BeanPropertyBindingResult(form, "personForm");
		this.validator.validate(form, errors);
		this.directory.check(form, errors, known.organizationIds::contains);
		if (errors.hasFieldErrors()) {
			return error(row, name, errors.getFieldErrors().get(0));
		}
		PersonFacts facts = new PersonFacts(form.getName(), form.getEmail(), organization != null,
				(organization != null) ? organization.getCountryCode() : null);
		List<Person> matches = known.peopleMatching(facts);
		if (!matches.isEmpty()) {
			return new CheckedRow(new RowReport(row.line(), abbreviate(name), Outcome.DUPLICATE_EXISTING,
					matches.get(0).getId(), matches.get(0).getName(), null, null, null), form, facts);
		}
		return new CheckedRow(new RowReport(row.line(), abbreviate(name), Outcome.NEW, null, null, null, null, null),
				form, facts);
	}

	private static OrganizationKind kind(String text) {
		for (OrganizationKind kind : OrganizationKind.values()) {
			if (kind.name().equalsIgnoreCase(text.strip())) {
				return kind;
			}
		}
		return null;
	}

	private static CheckedRow error(Row row, String name, String column, String key, Object... arguments) {
		return new CheckedRow(new RowReport(row.line(), abbreviate(name), Outcome.ERROR, null, null, null, column,
				new DefaultMessageSourceResolvable(new String[] { key }, arguments)), null, null);
	}

	private static CheckedRow error(Row row, String name, FieldError error) {
		String column = COLUMN_OF_FIELD.getOrDefault(error.getField(), error.getField());
		DefaultMessageSourceResolvable reason = new DefaultMessageSourceResolvable(error.getCodes(),
				serializable(error.getArguments()), error.getDefaultMessage());
		return new CheckedRow(
				new RowReport(row.line(), abbreviate(name), Outcome.ERROR, null, null, null, column, reason), null,
				null);
	}

	/**
	 * Bean validation's arguments hold the field's resolvable; keep only plain values.
	 */
	private static Object[] serializable(Object[] arguments) {
		if (arguments == null) {
			return null;
		}
		Object[] result = new Object[arguments.length];
		for (int i = 0; i < arguments.length; i++) {
			Object argument = arguments[i];
			result[i] = (argument instanceof Number || argument instanceof String) ? argument
					: (argument != null) ? String.valueOf(argument) : null;
		}
		return result;
	}

	private static String abbreviate(String text) {
		if (text == null) {
			return "";
		}
		if (text.length() <= 80) {
			return text;
		}
		int end = Character.isHighSurrogate(text.charAt(79)) ? 79 : 80;
		return text.substring(0, end) + "…";
	}

}
