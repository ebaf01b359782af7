package org.integra.ranking;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.integra.system.ImportLimits;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports criterion values from CSV: every row is checked first, and the file is applied
 * only when no row is bad, in one transaction, unless the user asks to skip the bad rows
 * and import the rest. Every applied file leaves an entry in the audit trail with its row
 * counts and the lines it skipped.
 */
@Service
public class ValueImport {

	/**
	 * The outcome of one row.
	 *
	 * @param line line number in the file
	 * @param cityId the city's id text
	 * @param criterionCode the criterion's code
	 * @param problem message key of what is wrong, null when the row is good
	 * @param problemArguments its arguments, e.g. the unknown sector codes
	 */
	public record RowReport(int line, String cityId, String criterionCode, String problem,
			List<String> problemArguments) {

		public RowReport(int line, String cityId, String criterionCode, String problem) {
			this(line, cityId, criterionCode, problem, List.of());
		}

		public boolean ok() {
			return this.problem == null;
		}

		/** The problem's arguments, as message arguments. */
		public Object[] arguments() {
			return this.problemArguments.toArray();
		}

	}

	/**
	 * @param problem message key when the file as a whole is unreadable, else null
	 * @param rows one report per data row
	 * @param applied whether the values were stored
	 * @param stored how many rows were stored
	 * @param skipped how many bad rows were left out when applying
	 */
	public record Report(String problem, List<RowReport> rows, boolean applied, int stored, int skipped) {

		static Report refused(String problem) {
			return new Report(problem, List.of(), false, 0, 0);
		}

		public boolean ok() {
			return this.problem == null && this.rows.stream().allMatch(RowReport::ok);
		}

		public long badRows() {
			return this.rows.stream().filter((row) -> !row.ok()).count();
		}

		/**
		 * Whether some rows are bad and others good, so the good ones may be imported
		 * alone.
		 */
		public boolean skippable() {
			long bad = badRows();
			return this.problem == null && bad > 0 && bad < this.rows.size();
		}

	}

	/**
	 * How to apply a file.
	 *
	 * @param skipInvalid leave the bad rows out and store the rest; without it a file
	 * with a bad row changes nothing
	 * @param fileName the uploaded file's name, for the audit trail
	 * @param username who applies it
	 * @param locale the language the skipped lines' reasons are recorded in
	 */
	public record Applying(boolean skipInvalid, String fileName, String username, Locale locale) {
	}

	/**
	 * A checked row: a criterion's value, or, with sector ids, a city's priority sectors.
	 */
	private record Checked(RowReport report, long cityId, Criterion criterion, ValueEntry entry, List<Long> sectorIds) {
	}

	private final RankingData data;

	private final CriterionRepository criteria;

	private final CityFacts cities;

	private final ValueImportAudit audit;

	private final PolicySectorRepository sectors;

	private final int maxLineBytes;

	ValueImport(RankingData data, CriterionRepository criteria, CityFacts cities, ValueImportAudit audit,
			PolicySectorRepository sectors, ImportLimits limits) {
		this.maxLineBytes = Math.toIntExact(limits.maxLineLength().toBytes());
		this.audit = audit;
		this.sectors = sectors;
		this.data = data;
		this.criteria = criteria;
		this.cities = cities;
	}

	/** Checks the file and changes nothing. */
	@Transactional(readOnly = true)
	public Report dryRun(byte[] content) {
		ValueCsv.Result file = ValueCsv.read(content, this.maxLineBytes);
		if (file.problem() != null) {
			return Report.refused(file.problem());
		}
		return new Report(null, check(file.rows()).stream().map(Checked::report).toList(), false, 0, 0);
	}

	/**
	 * Stores every row if none is bad, or only the good ones when asked to skip the bad;
	 * otherwise changes nothing.
	 */
	@Transactional
	public Report apply(byte[] content, Applying applying) {
		ValueCsv.Result file = ValueCsv.read(content, this.maxLineBytes);
		if (file.problem() != null) {
			return Report.refused(file.problem());
		}
		List<Checked> checked = check(file.rows());
		Report checkedOnly = new Report(null, checked.stream().map(Checked::report).toList(), false, 0, 0);
		if (!checkedOnly.ok() && !(applying.skipInvalid() && checkedOnly.skippable())) {
			return checkedOnly;
		}
		int stored = 0;
		for (Checked row : checked) {
			if (!row.report().ok()) {
				continue;
			}
			if (row.sectorIds() != null) {
				replaceSectors(row, applying.username());
			}
			else {
				this.data.enter(row.cityId(), row.criterion(), row.entry(), applying.username());
			}
			stored++;
		}
		Report report = new Report(null, checkedOnly.rows(), true, stored, (int) checkedOnly.badRows());
		this.audit.record(report, applying);
		return report;
	}

	private List<Checked> check(List<ValueCsv.Row> rows) {
		List<Checked> result = new ArrayList<>();
		java.util.Set<String> seen = new java.util.HashSet<>();
		java.util.Map<String, Long> sectorIds = new java.util.HashMap<>();
		this.sectors.findAll()
			.forEach((sector) -> sectorIds.put(sector.getCode().toUpperCase(java.util.Locale.ROOT), sector.getId()));
		for (ValueCsv.Row row : rows) {
			String cityText = row.field(0);
			String code = row.field(2);
			if (row.fields() == null) {
				result.add(new Checked(new RowReport(row.line(), cityText, code, row.problem(), row.problemArguments()),
						0, null, null, null));
				continue;
			}
			Optional<Long> cityId = ValueCsv.id(cityText).filter((id) -> this.cities.find(id).isPresent());
			if (cityId.isEmpty()) {
				result.add(bad(row, cityText, code, "ranking.import.problem.city"));
				continue;
			}
			if (SectorList.isSectorRow(code)) {
				result.add(checkSectors(row, cityId.get(), seen, sectorIds));
				continue;
			}
			Optional<Criterion> criterion = code.isEmpty() ? Optional.empty()
					: this.criteria.findByCodeIgnoreCase(code).filter(Criterion::isActive);
			if (criterion.isEmpty()) {
				result.add(bad(row, cityText, code, "ranking.import.problem.criterion"));
				continue;
			}
			Optional<Optional<java.time.LocalDate>> date = ValueCsv.date(row.field(5));
			if (date.isEmpty()) {
				result.add(bad(row, cityText, code, "ranking.import.problem.date"));
				continue;
			}
			if (!seen.add(cityId.get() + "/" + criterion.get().getId())) {
				result.add(bad(row, cityText, code, "ranking.import.problem.duplicate"));
				continue;
			}
			ValueEntry entry = new ValueEntry(row.field(3), row.field(4), date.get().orElse(null), row.field(6));
			Optional<String> problem = this.data.check(criterion.get(), entry);
			result.add(new Checked(new RowReport(row.line(), cityText, code, problem.orElse(null)), cityId.get(),
					criterion.get(), entry, null));
		}
		return result;
	}

	/** A row setting a city's priority sectors: its value lists sector codes. */
	private static Checked checkSectors(ValueCsv.Row row, long cityId, java.util.Set<String> seen,
			java.util.Map<String, Long> sectorIds) {
		String cityText = row.field(0);
		String code = row.field(2);
		if (ValueCsv.date(row.field(5)).isEmpty()) {
			return bad(row, cityText, code, "ranking.import.problem.date");
		}
		if (!SectorList.fits(row.field(4), row.field(6))) {
			return bad(row, cityText, code, "ranking.value.problem.tooLong");
		}
		SectorList.Parsed parsed = SectorList.parse(row.field(3), sectorIds);
		if (parsed.problem() != null) {
			return new Checked(new RowReport(row.line(), abbreviate(cityText), abbreviate(code), parsed.problem(),
					parsed.arguments()), 0, null, null, null);
		}
		if (!seen.add(cityId + "/" + SectorList.CODE)) {
			return bad(row, cityText, code, "ranking.import.problem.duplicate");
		}
		ValueEntry source = new ValueEntry(null, row.field(4), null, row.field(6));
		return new Checked(new RowReport(row.line(), cityText, code, null), cityId, null, source, parsed.sectorIds());
	}

	/**
	 * Replaces the city's priority sectors; the row's source and note say where the list
	 * comes from, and whether only part of the city's plan was read stays as it was.
	 */
	private void replaceSectors(Checked row, String user) {
		boolean partial = this.data.sectorSource(row.cityId()).map(CityFacts.SectorSource::partial).orElse(false);
		this.data.replaceSectors(row.cityId(), row.sectorIds(),
				new CityFacts.SectorSource(row.entry().source(), partial, row.entry().note()), user);
	}

	private static Checked bad(ValueCsv.Row row, String cityText, String code, String problem) {
		return new Checked(new RowReport(row.line(), abbreviate(cityText), abbreviate(code), problem), 0, null, null,
				null);
	}

	private static String abbreviate(String text) {
		return text.length() > 60 ? text.substring(0, 60) + "…" : text;
	}

}
