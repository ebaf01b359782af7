package org.integra.cities.geonames;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class GeonamesParserTests {

	private static final Set<String> PERU = Set.of("PE");

	private final GeonamesParser parser = new GeonamesParser();

	private static String lima() {
		return GeonamesFileGenerator.line(3936456, "Lima", "Ciudad de los Reyes,Lima,Limá,https://en.wikipedia.org/x",
				-12.04318, -77.02824, "P", "PPLC", "PE", "15", 7737002, "2024-05-02");
	}

	private List<GeonamesRow> parse(byte[] bytes, Set<String> countries) {
		return file(bytes, countries).requireNoProblems().rows();
	}

	private GeonamesFile file(byte[] bytes, Set<String> countries) {
		return this.parser.parse("cities.txt", new ByteArrayInputStream(bytes), countries);
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	@Test
	void readsAPopulatedPlaceWithItsColumns() {
		List<GeonamesRow> rows = parse(utf8(lima() + "\n"), PERU);
		assertThat(rows).singleElement().satisfies((row) -> {
			assertThat(row.geonameId()).isEqualTo(3936456);
			assertThat(row.name()).isEqualTo("Lima");
			assertThat(row.alternateNames()).containsExactly("Ciudad de los Reyes", "Limá");
			assertThat(row.latitude()).isEqualByComparingTo(new BigDecimal("-12.04318"));
			assertThat(row.countryCode()).isEqualTo("PE");
			assertThat(row.admin1()).isEqualTo("15");
			assertThat(row.population()).isEqualTo(7737002L);
			assertThat(row.isNationalCapital()).isTrue();
			assertThat(row.modificationDate()).isEqualTo("2024-05-02");
		});
	}

	@Test
	void keepsOnlyTheChosenCountriesAndPopulatedPlaces() {
		String quito = GeonamesFileGenerator.line(3652462, "Quito", "", -0.22985, -78.52495, "P", "PPLC", "EC", "18",
				1399814, "2024-05-02");
		String region = GeonamesFileGenerator.line(3936452, "Región Lima", "", -12, -77, "A", "ADM1", "PE", "15", 0,
				"2024-05-02");
		List<GeonamesRow> rows = parse(utf8(lima() + "\n" + quito + "\n" + region + "\n"), PERU);
		assertThat(rows).extracting(GeonamesRow::name).containsExactly("Lima");
	}

	@Test
	void readsAGeneratedFile() {
		List<GeonamesRow> rows = parse(new GeonamesFileGenerator(1).bytes(200, 1000), Set.of("PE", "EC"));
		assertThat(rows).hasSize(40).allSatisfy((row) -> assertThat(row.countryCode()).isIn("PE", "EC"));
	}

	@Test
	void skipsAByteOrderMark() {
		assertThat(parse(utf8("\uFEFF" + lima() + "\r\n"), PERU)).hasSize(1);
	}

	@Test
	void refusesWrongColumnsNamingLineAndCount() {
		String good = lima();
		byte[] file = utf8(good + "\n" + "1\tx\ty\n" + good.replace("3936456", "3936457") + "\tmore\n");
		assertThatExceptionOfType(GeonamesFileRefusedException.class).isThrownBy(() -> parse(file, PERU))
			.satisfies((ex) -> {
				assertThat(ex.getProblemCount()).isEqualTo(2);
				assertThat(ex.getProblems().get(0).line()).isEqualTo(2);
				assertThat(ex.getProblems().get(0).messageKey()).isEqualTo("geonames.problem.columns");
				assertThat(ex.getProblems().get(0).arguments()).containsExactly(19, 3);
				assertThat(ex.getProblems().get(1).line()).isEqualTo(3);
			});
	}

	@Test
	void countsEveryBadLineAndListsTheFirstHundred() {
		StringBuilder file = new StringBuilder();
		for (int i = 0; i < 150; i++) {
			file.append(lima().replace("3936456", "x" + i)).append('\n');
		}
		file.append(lima()).append('\n');
		GeonamesFile parsed = file(utf8(file.toString()), PERU);
		assertThat(parsed.problemCount()).isEqualTo(150);
		assertThat(parsed.invalidLines()).isEqualTo(150);
		assertThat(parsed.problems()).hasSize(100);
		assertThat(parsed.problems().get(99).line()).isEqualTo(100);
		assertThat(parsed.problems().get(0).messageKey()).isEqualTo("geonames.problem.notANumber");
		assertThat(parsed.problems().get(0).arguments()).containsExactly("geonameid", "x0");
		assertThat(parsed.rows()).extracting(GeonamesRow::line).containsExactly(151L);
	}

	@Test
	void namesTheRangeOfACoordinateOutOfIt() {
		String bad = lima().replace("-12.04318", "95.5");
		assertThat(file(utf8(bad), PERU).problems()).singleElement().satisfies((problem) -> {
			assertThat(problem.messageKey()).isEqualTo("geonames.problem.outOfRange");
			assertThat(problem.arguments()).containsExactly("latitude", "95.5", "-90", "90");
		});
		assertThat(file(utf8(lima().replace("-77.02824", "-277.0")), PERU).problems().get(0).arguments())
			.containsExactly("longitude", "-277.0", "-180", "180");
	}

	@Test
	void refusesDuplicateIds() {
		assertThatExceptionOfType(GeonamesFileRefusedException.class)
			.isThrownBy(() -> parse(utf8(lima() + "\n" + lima() + "\n"), PERU))
			.satisfies(
					(ex) -> assertThat(ex.getProblems().get(0).messageKey()).isEqualTo("geonames.problem.duplicateId"));
	}

	@Test
	void reportsEachLineThatIsNotUtf8ByItsOwnNumberAndReadsTheOthers() {
		byte[] good = utf8(lima() + "\n");
		byte[] latin1 = (lima().replace("3936456", "1") + "\n").getBytes(StandardCharsets.ISO_8859_1);
		byte[] latin1Again = (lima().replace("3936456", "2") + "\n").getBytes(StandardCharsets.ISO_8859_1);
		byte[] file = concat(good, latin1, utf8(lima().replace("3936456", "3") + "\n"), latin1Again);
		GeonamesFile parsed = file(file, PERU);
		assertThat(parsed.problems()).extracting(GeonamesProblem::line).containsExactly(2L, 4L);
		assertThat(parsed.problems()).extracting(GeonamesProblem::messageKey).containsOnly("geonames.problem.notUtf8");
		assertThat(parsed.rows()).extracting(GeonamesRow::geonameId).containsExactly(3936456L, 3L);
	}

	@Test
	void namesTheColumnCountAndOtherReasonsPrecisely() {
		String[] columns = lima().split("\t", -1);
		String eighteen = String.join("\t", java.util.Arrays.copyOf(columns, 18));
		String negative = lima().replace("3936456", "5").replace("7737002", "-3");
		String country = lima().replace("3936456", "6").replace("\tPE\t", "\tPER\t");
		GeonamesFile parsed = file(utf8(eighteen + "\n" + negative + "\n" + country + "\n"), PERU);
		assertThat(parsed.problems()).extracting(GeonamesProblem::messageKey)
			.containsExactly("geonames.problem.columns", "geonames.problem.negative", "geonames.problem.countryCode");
		assertThat(parsed.problems().get(0).arguments()).containsExactly(19, 18);
		assertThat(parsed.problems().get(1).arguments()).containsExactly("population", "-3");
		assertThat(parsed.problems().get(2).arguments()).containsExactly("PER");
	}

	private static byte[] concat(byte[]... parts) {
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		for (byte[] part : parts) {
			out.writeBytes(part);
		}
		return out.toByteArray();
	}

	@Test
	void refusesAnEmptyFile() {
		assertThatExceptionOfType(GeonamesFileRefusedException.class).isThrownBy(() -> parse(new byte[0], PERU))
			.satisfies((ex) -> assertThat(ex.getProblems().get(0).messageKey()).isEqualTo("geonames.problem.empty"));
		assertThatExceptionOfType(GeonamesFileRefusedException.class).isThrownBy(() -> parse(utf8("\n\n"), PERU));
	}

	@Test
	void readsTheTextEntryOfAZip() {
		byte[] zip = GeonamesFileGenerator.zip("cities15000.txt", utf8(lima() + "\n"));
		assertThat(this.parser.parse("cities15000.zip", new ByteArrayInputStream(zip), PERU).rows()).hasSize(1);
	}

	@Test
	void refusesAZipWithoutText() {
		byte[] zip = GeonamesFileGenerator.zip("cities.csv", utf8(lima()));
		assertThatExceptionOfType(GeonamesFileRefusedException.class)
			.isThrownBy(() -> this.parser.parse("x.zip", new ByteArrayInputStream(zip), PERU))
			.satisfies(
					(ex) -> assertThat(ex.getProblems().get(0).messageKey()).isEqualTo("geonames.problem.zipNoText"));
	}

	@Test
	void refusesAZipThatUnpacksBeyondTheCap() {
		// 2 MB of zeros compresses to a few kB: a small zip bomb against a 1 MB cap.
		byte[] zip = GeonamesFileGenerator.zip("cities.txt", new byte[2 * 1024 * 1024]);
		assertThat(zip.length).isLessThan(20_000);
		GeonamesParser capped = new GeonamesParser(1024 * 1024, 64 * 1024);
		assertThatExceptionOfType(GeonamesFileRefusedException.class)
			.isThrownBy(() -> capped.parse("bomb.zip", new ByteArrayInputStream(zip), PERU))
			.satisfies(
					(ex) -> assertThat(ex.getProblems().get(0).messageKey()).isEqualTo("geonames.problem.zipTooLarge"));
	}

}
