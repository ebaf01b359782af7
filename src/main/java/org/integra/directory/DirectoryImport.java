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

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * Imports organizations or people from CSV: every row is checked first (a dry run changes
 * nothing), and the rows are stored only when none is bad, in one transaction, unless the
 * user asks to skip the bad rows and import the rest. Rows that probably duplicate an
 * existing record or an earlier row are skipped unless the user asks for them. Every
 * applied import leaves an entry in the audit trail with the file's row counts and the
 * lines it skipped.
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
	 * @param skipped how many invalid rows were left out when applying
	 */
	public record Report(Type type, String problem, List<RowReport> rows, boolean applied, int stored, int skipped) {

		public boolean ok() {
			return this.problem == null && this.rows.stream().allMatch(RowReport::ok);
		}

		/**
		 * Whether some rows are invalid and others valid, so the valid ones may be
		 * imported alone.
		 */
		public boolean skippable() {
			long invalid = count(Outcome.ERROR);
			return this.problem == null && invalid > 0 && invalid < this.rows.size();
		}

		public long count(Outcome outcome) {
			return this.rows.stream().filter((row) -> row.outcome() == outcome).count();
		}

	}

	/**
	 * How to apply a file.
	 *
	 * @param includeDuplicates store the rows that probably duplicate a record or an
	 * earlier row too
	 * @param skipInvalid leave the invalid rows out and store the rest; without it a file
	 * with an invalid row changes nothing
	 * @param fileName the uploaded file's name, for the audit trail
	 * @param username who applies it
	 * @param locale the language the skipped lines' reasons are recorded in
	 */
	public record Applying(boolean includeDuplicates, boolean skipInvalid, String fileName, String username,
			Locale locale) {
	}

	private final DirectoryManagement directory;

	private final OrganizationRepository organizations;

	private final PersonRepository people;

	private final SpringValidatorAdapter validator;

	private final ImportAudit audit;

	private final int maxLineBytes;

	DirectoryImport(DirectoryManagement directory, OrganizationRepository organizations, PersonRepository people,
			jakarta.validation.Validator validator, ImportAudit audit,
			@Value("${integra.imports.max-line-length:64KB}") DataSize maxLineLength) {
		this.maxLineBytes = Math.toIntExact(maxLineLength.toBytes());
		this.audit = audit;
		this.directory = directory;
		this.organizations = organizations;
		this.people = people;
		this.validator = new SpringValidatorAdapter(validator);
	}

	/**
	 * The rows of a file, or a message key of why it cannot be read; a line longer than
	 * {@code integra.imports.max-line-length} is a bad row.
	 */
	public DirectoryCsv.Result read(byte[] content, Type type) {
		return DirectoryCsv.read(content, type, this.maxLineBytes);
	}

	/** Checks the rows and changes nothing. */
	@Transactional(readOnly = true)
	public Report dryRun(Type type, List<Row> rows) {
		return new Report(type, null, check(type, rows).stream().map(CheckedRow::report).toList(), false, 0, 0);
	}

	/**
	 * Checks the rows again and stores them if none is bad, or only the good ones when
	 * asked to skip the bad; duplicates only when asked. Otherwise changes nothing.
	 */
	@Transactional
	public Report apply(Type type, List<Row> rows, Applying applying) {
		List<CheckedRow> checked = check(type, rows);
		List<RowReport> reports = checked.stream().map(CheckedRow::report).toList();
		Report checkedOnly = new Report(type, null, reports, false, 0, 0);
		if (!checkedOnly.ok() && !(applying.skipInvalid() && checkedOnly.skippable())) {
			return checkedOnly;
		}
		int stored = 0;
		for (CheckedRow row : checked) {
			if (!row.report().ok() || (row.report().duplicate() && !applying.includeDuplicates())) {
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
		Report report = new Report(type, null, reports, true, stored, (int) checkedOnly.count(Outcome.ERROR));
		this.audit.record(report, applying);
		return report;
	}

	/**
	 * Checks every row against what the directory holds, loaded once for the whole file
	 * (countries, organizations and people by the name keys and e-mails of the file), and
	 * against the earlier rows, indexed by the same keys: a file of 5,000 rows costs a
	 * few queries, not several per row, and no comparison of each row with every other.
	 */
	private List<CheckedRow> check(Type type, List<Row> rows) {
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
