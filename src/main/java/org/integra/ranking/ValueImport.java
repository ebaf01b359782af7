package org.integra.ranking;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports criterion values from CSV: every row is checked first, and the file is applied
 * only when no row is bad, in one transaction.
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
	 */
	public record RowReport(int line, String cityId, String criterionCode, String problem) {

		public boolean ok() {
			return this.problem == null;
		}

	}

	/**
	 * @param problem message key when the file as a whole is unreadable, else null
	 * @param rows one report per data row
	 * @param applied whether the values were stored
	 */
	public record Report(String problem, List<RowReport> rows, boolean applied) {

		public boolean ok() {
			return this.problem == null && this.rows.stream().allMatch(RowReport::ok);
		}

		public long badRows() {
			return this.rows.stream().filter((row) -> !row.ok()).count();
		}

	}

	private record Checked(RowReport report, long cityId, Criterion criterion, ValueEntry entry) {
	}

	private final RankingData data;

	private final CriterionRepository criteria;

	private final CityFacts cities;

	ValueImport(RankingData data, CriterionRepository criteria, CityFacts cities) {
		this.data = data;
		this.criteria = criteria;
		this.cities = cities;
	}

	/** Checks the file and changes nothing. */
	@Transactional(readOnly = true)
	public Report dryRun(byte[] content) {
		ValueCsv.Result file = ValueCsv.read(content);
		if (file.problem() != null) {
			return new Report(file.problem(), List.of(), false);
		}
		return new Report(null, check(file.rows()).stream().map(Checked::report).toList(), false);
	}

	/** Stores every row if none is bad; otherwise changes nothing. */
	@Transactional
	public Report apply(byte[] content, String user) {
		ValueCsv.Result file = ValueCsv.read(content);
		if (file.problem() != null) {
			return new Report(file.problem(), List.of(), false);
		}
		List<Checked> checked = check(file.rows());
		List<RowReport> reports = checked.stream().map(Checked::report).toList();
		if (!reports.stream().allMatch(RowReport::ok)) {
			return new Report(null, reports, false);
		}
		for (Checked row : checked) {
			this.data.enter(row.cityId(), row.criterion(), row.entry(), user);
		}
		return new Report(null, reports, true);
	}

	private List<Checked> check(List<ValueCsv.Row> rows) {
		List<Checked> result = new ArrayList<>();
		java.util.Set<String> seen = new java.util.HashSet<>();
		for (ValueCsv.Row row : rows) {
			String cityText = row.field(0);
			String code = row.field(2);
			if (row.fields() == null) {
				result.add(bad(row, cityText, code, row.problem()));
				continue;
			}
			Optional<Long> cityId = ValueCsv.id(cityText).filter((id) -> this.cities.find(id).isPresent());
			if (cityId.isEmpty()) {
				result.add(bad(row, cityText, code, "ranking.import.problem.city"));
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
					criterion.get(), entry));
		}
		return result;
	}

	private static Checked bad(ValueCsv.Row row, String cityText, String code, String problem) {
		return new Checked(new RowReport(row.line(), abbreviate(cityText), abbreviate(code), problem), 0, null, null);
	}

	private static String abbreviate(String text) {
		return text.length() > 60 ? text.substring(0, 60) + "…" : text;
	}

}
