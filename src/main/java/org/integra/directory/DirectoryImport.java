package org.integra.directory;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.integra.directory.DirectoryCsv.Row;
import org.integra.directory.DirectoryCsv.Type;
import org.integra.directory.DuplicateMatcher.OrganizationFacts;
import org.integra.directory.DuplicateMatcher.PersonFacts;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * Imports organizations or people from CSV: every row is checked first (a dry run changes
 * nothing), and the rows are stored only when none is bad, in one transaction. Rows that
 * probably duplicate an existing record or an earlier row are skipped unless the user
 * asks for them.
 */
@Service
public class DirectoryImport {

	private static final Map<String, String> COLUMN_OF_FIELD = Map.of("countryCode", "country", "hostCountryCode",
			"host_country", "hostCityName", "host_city", "organizationId", "organization", "preferredLanguage",
			"language");

	/** What becomes of a row. */
	public enum Outcome {

		NEW, DUPLICATE_EXISTING, DUPLICATE_IN_FILE, ERROR

	}

	/**
	 * The outcome of one row.
	 *
	 * @param line the line in the file
	 * @param name the row's name, abbreviated
	 * @param outcome what becomes of it
	 * @param matchId the existing record it probably duplicates, if any
	 * @param matchName that record's name
	 * @param duplicateOfLine the earlier line of the file it probably duplicates, if any
	 * @param column the column that is wrong, for an error
	 * @param reason why the row is wrong, for an error
	 */
	public record RowReport(int line, String name, Outcome outcome, Long matchId, String matchName,
			Integer duplicateOfLine, String column, MessageSourceResolvable reason) implements Serializable {

		public boolean ok() {
			return this.outcome != Outcome.ERROR;
		}

		public boolean duplicate() {
			return this.outcome == Outcome.DUPLICATE_EXISTING || this.outcome == Outcome.DUPLICATE_IN_FILE;
		}

	}

	/**
	 * @param type what the file holds
	 * @param problem message key when the file as a whole is unreadable, else null
	 * @param rows one report per data row
	 * @param applied whether records were stored
	 * @param stored how many records were stored
	 */
	public record Report(Type type, String problem, List<RowReport> rows, boolean applied, int stored) {

		public boolean ok() {
			return this.problem == null && this.rows.stream().allMatch(RowReport::ok);
		}

		public long count(Outcome outcome) {
			return this.rows.stream().filter((row) -> row.outcome() == outcome).count();
		}

	}

	private record Checked(RowReport report, Object form, Object facts) {
	}

	private final DirectoryManagement directory;

	private final DirectoryDuplicates duplicates;

	private final OrganizationRepository organizations;

	private final SpringValidatorAdapter validator;

	DirectoryImport(DirectoryManagement directory, DirectoryDuplicates duplicates, OrganizationRepository organizations,
			jakarta.validation.Validator validator) {
		this.directory = directory;
		this.duplicates = duplicates;
		this.organizations = organizations;
		this.validator = new SpringValidatorAdapter(validator);
	}

	/** Checks the rows and changes nothing. */
	@Transactional(readOnly = true)
	public Report dryRun(Type type, List<Row> rows) {
		return new Report(type, null, check(type, rows).stream().map(Checked::report).toList(), false, 0);
	}

	/**
	 * Checks the rows again and stores them if none is bad; duplicates only when asked.
	 * Otherwise changes nothing.
	 */
	@Transactional
	public Report apply(Type type, List<Row> rows, boolean includeDuplicates) {
		List<Checked> checked = check(type, rows);
		List<RowReport> reports = checked.stream().map(Checked::report).toList();
		if (!reports.stream().allMatch(RowReport::ok)) {
			return new Report(type, null, reports, false, 0);
		}
		int stored = 0;
		for (Checked row : checked) {
			if (row.report().duplicate() && !includeDuplicates) {
				continue;
			}
			if (row.form() instanceof OrganizationForm form) {
				this.directory.create(form);
			}
			else if (row.form() instanceof PersonForm form) {
				this.directory.create(form);
			}
			stored++;
		}
		return new Report(type, null, reports, true, stored);
	}

	private List<Checked> check(Type type, List<Row> rows) {
		List<Checked> result = new ArrayList<>();
		for (Row row : rows) {
			Checked checked = (type == Type.ORGANIZATIONS) ? checkOrganization(row) : checkPerson(row);
			result.add(withinFile(checked, result));
		}
		return result;
	}

	private Checked checkOrganization(Row row) {
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
		this.directory.check(form, errors);
		if (errors.hasFieldErrors()) {
			return error(row, name, errors.getFieldErrors().get(0));
		}
		OrganizationFacts facts = new OrganizationFacts(form.getName(), form.getCountryCode());
		List<Organization> matches = this.duplicates.organizationsMatching(facts, null);
		if (!matches.isEmpty()) {
			return new Checked(new RowReport(row.line(), abbreviate(name), Outcome.DUPLICATE_EXISTING,
					matches.get(0).getId(), matches.get(0).getName(), null, null, null), form, facts);
		}
		return new Checked(new RowReport(row.line(), abbreviate(name), Outcome.NEW, null, null, null, null, null), form,
				facts);
	}

	private Checked checkPerson(Row row) {
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
			String key = DuplicateMatcher.nameKey(organizationName);
			List<Organization> found = key.isEmpty() ? List.of()
					: this.organizations.findAll((root, q, cb) -> cb.equal(root.get("nameSearch"), key), Sort.by("id"));
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
		this.directory.check(form, errors);
		if (errors.hasFieldErrors()) {
			return error(row, name, errors.getFieldErrors().get(0));
		}
		PersonFacts facts = new PersonFacts(form.getName(), form.getEmail(), organization != null,
				(organization != null) ? organization.getCountryCode() : null);
		List<Person> matches = this.duplicates.peopleMatching(facts, null);
		if (!matches.isEmpty()) {
			return new Checked(new RowReport(row.line(), abbreviate(name), Outcome.DUPLICATE_EXISTING,
					matches.get(0).getId(), matches.get(0).getName(), null, null, null), form, facts);
		}
		return new Checked(new RowReport(row.line(), abbreviate(name), Outcome.NEW, null, null, null, null, null), form,
				facts);
	}

	/**
	 * A new row that matches an earlier good row of the file is a duplicate within it.
	 */
	private static Checked withinFile(Checked checked, List<Checked> earlier) {
		if (checked.report().outcome() != Outcome.NEW) {
			return checked;
		}
		for (Checked other : earlier) {
			if (other.facts() == null) {
				continue;
			}
			boolean same = same(checked.facts(), other.facts());
			if (same) {
				RowReport report = checked.report();
				return new Checked(new RowReport(report.line(), report.name(), Outcome.DUPLICATE_IN_FILE, null, null,
						other.report().line(), null, null), checked.form(), checked.facts());
			}
		}
		return checked;
	}

	private static boolean same(Object facts, Object other) {
		if (facts instanceof OrganizationFacts a && other instanceof OrganizationFacts b) {
			return DuplicateMatcher.matches(a, b);
		}
		if (facts instanceof PersonFacts a && other instanceof PersonFacts b) {
			return DuplicateMatcher.matches(a, b);
		}
		return false;
	}

	private static OrganizationKind kind(String text) {
		for (OrganizationKind kind : OrganizationKind.values()) {
			if (kind.name().equalsIgnoreCase(text.strip())) {
				return kind;
			}
		}
		return null;
	}

	private static Checked error(Row row, String name, String column, String key, Object... arguments) {
		return new Checked(new RowReport(row.line(), abbreviate(name), Outcome.ERROR, null, null, null, column,
				new DefaultMessageSourceResolvable(new String[] { key }, arguments)), null, null);
	}

	private static Checked error(Row row, String name, FieldError error) {
		String column = COLUMN_OF_FIELD.getOrDefault(error.getField(), error.getField());
		DefaultMessageSourceResolvable reason = new DefaultMessageSourceResolvable(error.getCodes(),
				serializable(error.getArguments()), error.getDefaultMessage());
		return new Checked(new RowReport(row.line(), abbreviate(name), Outcome.ERROR, null, null, null, column, reason),
				null, null);
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
