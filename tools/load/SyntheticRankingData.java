import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Fills an Integra database with N synthetic cities with plausible values for eight scoring
 * criteria (population tier, seaport, thematic overlap and fee-to-budget derived from the
 * data; internationalisation, budget and three extra numeric criteria typed) and adds the
 * scoring model "Benchmark — 8 criterios" weighing them equally. For benchmarks and load
 * tests only. Run it against a database Integra has migrated (start the app once first);
 * for an H2 file database stop the app while it runs.
 *
 * <pre>
 * java -cp ~/.m2/repository/org/postgresql/postgresql/42.7.14/postgresql-42.7.14.jar \
 *     tools/load/SyntheticRankingData.java --url jdbc:postgresql://127.0.0.1:5432/integra_bench \
 *     --user postgres --cities 50000 [--seed 1]
 * </pre>
 */
public class SyntheticRankingData {

	static final String[] COUNTRIES = { "AR", "BO", "BR", "CL", "CO", "EC", "PE", "PY", "UY", "VE", "MX", "CR", "PA",
			"GT", "DO", "CU" };

	static final double[] TIERS = { 20_000, 80_000, 300_000, 1_200_000, 4_000_000 };

	static final String[][] EXTRA = { { "BENCH_CONNECTIVITY", "Conectividad (sintético)" },
			{ "BENCH_COOPERATION", "Cooperación descentralizada (sintético)" },
			{ "BENCH_CAPACITY", "Capacidad técnica (sintético)" } };

	public static void main(String[] args) throws Exception {
		Map<String, String> options = new LinkedHashMap<>();
		for (int i = 0; i + 1 < args.length; i += 2) {
			options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
		}
		String url = options.getOrDefault("url", "jdbc:postgresql://127.0.0.1:5432/integra_bench");
		int count = Integer.parseInt(options.getOrDefault("cities", "50000"));
		SplittableRandom random = new SplittableRandom(Long.parseLong(options.getOrDefault("seed", "1")));
		long started = System.nanoTime();
		try (Connection db = DriverManager.getConnection(url, options.getOrDefault("user", "postgres"),
				options.getOrDefault("password", ""))) {
			db.setAutoCommit(false);
			Timestamp now = Timestamp.from(Instant.now());
			List<Long> criteria = extraCriteria(db);
			long internationalisation = id(db, "select id from criterion where code = 'INTERNATIONALISATION'");
			long budget = id(db, "select id from criterion where code = 'MUNICIPAL_BUDGET'");
			List<Long> units = new ArrayList<>();
			try (ResultSet rs = db.createStatement().executeQuery("select id from thematic_unit order by id")) {
				while (rs.next()) {
					units.add(rs.getLong(1));
				}
			}
			int offset = (int) id(db, "select count(*) from city");
			List<Long> ids = insertCities(db, count, offset, random, now);
			try (PreparedStatement value = db.prepareStatement(
					"insert into criterion_value (city_id, criterion_id, numeric_value, source, entered_by, entered_at, version) "
							+ "values (?, ?, ?, 'synthetic data for benchmarks', 'generator', ?, 0)");
					PreparedStatement priority = db
						.prepareStatement("insert into city_priority (city_id, thematic_unit_id) values (?, ?)")) {
				int batched = 0;
				for (long city : ids) {
					add(value, city, internationalisation, random.nextInt(3), now);
					add(value, city, budget, Math.round(1_000_000 * Math.exp(random.nextGaussian() * 1.2 + 2)), now);
					for (long criterion : criteria) {
						add(value, city, criterion, Math.round(random.nextDouble() * 10_000) / 100.0, now);
					}
					int priorities = 1 + random.nextInt(3);
					for (int p = 0; p < priorities; p++) {
						priority.setLong(1, city);
						priority.setLong(2, units.get((int) ((city * 7 + p * 13) % units.size())));
						priority.addBatch();
					}
					if (++batched % 2_000 == 0) {
						value.executeBatch();
						priority.executeBatch();
					}
				}
				value.executeBatch();
				priority.executeBatch();
			}
			addModel(db, now);
			db.commit();
		}
		System.out.printf("%,d synthetic cities with values in %.1f s%n", count, (System.nanoTime() - started) / 1e9);
	}

	static List<Long> extraCriteria(Connection db) throws Exception {
		List<Long> ids = new ArrayList<>();
		for (String[] extra : EXTRA) {
			try (PreparedStatement find = db.prepareStatement("select id from criterion where code = ?")) {
				find.setString(1, extra[0]);
				ResultSet rs = find.executeQuery();
				if (rs.next()) {
					ids.add(rs.getLong(1));
					continue;
				}
			}
			try (PreparedStatement insert = db.prepareStatement(
					"insert into criterion (code, name_es, name_pt, name_en, kind, direction, unit, derivation, "
							+ "derivation_parameters, scoring, active, version) values (?, ?, ?, ?, 'NUMBER', "
							+ "'MORE_IS_BETTER', null, 'NONE', null, true, true, 0)",
					Statement.RETURN_GENERATED_KEYS)) {
				insert.setString(1, extra[0]);
				insert.setString(2, extra[1]);
				insert.setString(3, extra[1]);
				insert.setString(4, extra[1]);
				insert.executeUpdate();
				ResultSet keys = insert.getGeneratedKeys();
				keys.next();
				ids.add(keys.getLong(1));
			}
		}
		return ids;
	}

	static List<Long> insertCities(Connection db, int count, int offset, SplittableRandom random, Timestamp now)
			throws Exception {
		List<Long> ids = new ArrayList<>(count);
		try (PreparedStatement insert = db.prepareStatement(
				"insert into city (name, country_code, population, latitude, longitude, capital_status, seaport, "
						+ "network_relation, name_search, search_text, version, created_at, updated_at) "
						+ "values (?, ?, ?, ?, ?, 'NONE', ?, 'NONE', ?, ?, 0, ?, ?)",
				Statement.RETURN_GENERATED_KEYS)) {
			for (int i = 0; i < count; i++) {
				String name = String.format("Sintetica %06d", offset + i + 1);
				insert.setString(1, name);
				insert.setString(2, COUNTRIES[random.nextInt(COUNTRIES.length)]);
				insert.setLong(3, Math.round(TIERS[random.nextInt(TIERS.length)] * Math.exp(random.nextGaussian() * 0.5)));
				insert.setBigDecimal(4, java.math.BigDecimal.valueOf(-50 + random.nextDouble() * 70).setScale(6,
						java.math.RoundingMode.HALF_UP));
				insert.setBigDecimal(5, java.math.BigDecimal.valueOf(-110 + random.nextDouble() * 75).setScale(6,
						java.math.RoundingMode.HALF_UP));
				double port = random.nextDouble();
				insert.setString(6, (port < 0.12) ? "YES" : (port < 0.2) ? "NEARBY" : "NO");
				insert.setString(7, name.toLowerCase());
				insert.setString(8, name.toLowerCase());
				insert.setTimestamp(9, now);
				insert.setTimestamp(10, now);
				insert.addBatch();
				if ((i + 1) % 2_000 == 0 || i + 1 == count) {
					insert.executeBatch();
					ResultSet keys = insert.getGeneratedKeys();
					while (keys.next()) {
						ids.add(keys.getLong(1));
					}
				}
			}
		}
		return ids;
	}

	static void addModel(Connection db, Timestamp now) throws Exception {
		if (id(db, "select count(*) from scoring_model where name = 'Benchmark — 8 criterios'") > 0) {
			return;
		}
		try (PreparedStatement model = db.prepareStatement(
				"insert into scoring_model (name, description, current_number, created_by, created_at, version) "
						+ "values ('Benchmark — 8 criterios', 'Datos sintéticos para pruebas de carga.', 1, 'generator', ?, 0)")) {
			model.setTimestamp(1, now);
			model.executeUpdate();
		}
		try (PreparedStatement version = db.prepareStatement(
				"insert into scoring_model_version (model_id, number, method, exclude_members, country_rule, note, "
						+ "created_by, created_at) select id, 1, 'WEIGHTED_SUM', true, 'STATUTE', null, 'generator', ? "
						+ "from scoring_model where name = 'Benchmark — 8 criterios'")) {
			version.setTimestamp(1, now);
			version.executeUpdate();
		}
		db.createStatement()
			.executeUpdate("insert into scoring_model_weight (version_id, criterion_id, weight) "
					+ "select v.id, c.id, 12.5 from scoring_model_version v join scoring_model m on m.id = v.model_id, "
					+ "criterion c where m.name = 'Benchmark — 8 criterios' and c.scoring = true and c.active = true "
					+ "and c.code in ('POPULATION_TIER', 'SEAPORT', 'INTERNATIONALISATION', 'THEMATIC_OVERLAP', "
					+ "'FEE_TO_BUDGET', 'BENCH_CONNECTIVITY', 'BENCH_COOPERATION', 'BENCH_CAPACITY')");
	}

	static void add(PreparedStatement value, long city, long criterion, double number, Timestamp now)
			throws Exception {
		value.setLong(1, city);
		value.setLong(2, criterion);
		value.setBigDecimal(3, java.math.BigDecimal.valueOf(number));
		value.setTimestamp(4, now);
		value.addBatch();
	}

	static long id(Connection db, String sql) throws Exception {
		try (ResultSet rs = db.createStatement().executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

}
