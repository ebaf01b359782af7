package org.integra.ranking;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CriterionRulesTests {

	@Test
	void parsesLevelsSortedByOrdinal() {
		assertThat(CriterionRules.parseLevels("2 | Alta | Alta | High\n1 | Baja | Baixa | Low").orElseThrow())
			.extracting(CriterionLevel::getOrdinal)
			.containsExactly(1, 2);
	}

	@Test
	void rejectsMalformedOrRepeatedLevels() {
		assertThat(CriterionRules.parseLevels("1 | a | b")).isEmpty();
		assertThat(CriterionRules.parseLevels("x | a | b | c")).isEmpty();
		assertThat(CriterionRules.parseLevels("1 | a | b | c\n1 | d | e | f")).isEmpty();
		assertThat(CriterionRules.parseLevels("1 |  | b | c")).isEmpty();
	}

	@Test
	void ordinalNeedsTwoLevelsAndOthersNone() {
		List<CriterionLevel> one = List.of(new CriterionLevel(1, "a", "b", "c"));
		assertThat(CriterionRules.problem(CriterionKind.ORDINAL, Derivation.NONE, one))
			.contains("ranking.criterion.levels.tooFew");
		assertThat(CriterionRules.problem(CriterionKind.NUMBER, Derivation.NONE, one))
			.contains("ranking.criterion.levels.notOrdinal");
		assertThat(CriterionRules.problem(CriterionKind.NUMBER, Derivation.NONE, List.of())).isEmpty();
	}

	@Test
	void derivationsProduceTheirKind() {
		assertThat(CriterionRules.problem(CriterionKind.NUMBER, Derivation.POPULATION_TIER, List.of()))
			.contains("ranking.criterion.derivation.kind");
		assertThat(CriterionRules.problem(CriterionKind.YES_NO, Derivation.FEE_TO_BUDGET, List.of()))
			.contains("ranking.criterion.derivation.kind");
		assertThat(CriterionRules.problem(CriterionKind.YES_NO, Derivation.SEAPORT, List.of())).isEmpty();
	}

	@Test
	void csvNeedsUtf8AndTheTemplateHeader() {
		assertThat(ValueCsv.read(new byte[0]).problem()).isEqualTo("ranking.import.problem.empty");
		assertThat(ValueCsv.read("a,b\n1,2".getBytes(StandardCharsets.UTF_8)).problem())
			.isEqualTo("ranking.import.problem.header");
		assertThat(ValueCsv.read(new byte[] { (byte) 0xC3, (byte) 0x28 }).problem())
			.isEqualTo("ranking.import.problem.encoding");
		assertThat(ValueCsv.read((ValueCsv.HEADER + "\n").getBytes(StandardCharsets.UTF_8)).problem())
			.isEqualTo("ranking.import.problem.noRows");
	}

	@Test
	void csvMarksEachLineThatIsNotUtf8ByItsNumber() {
		java.io.ByteArrayOutputStream content = new java.io.ByteArrayOutputStream();
		content.writeBytes((ValueCsv.HEADER + "\n1,a,X,1,,,\n").getBytes(StandardCharsets.UTF_8));
		content.writeBytes("2,Bogot\u00e1,X,1,,,\n".getBytes(StandardCharsets.ISO_8859_1));
		content.writeBytes("3,c,X,1,,,\n".getBytes(StandardCharsets.UTF_8));
		ValueCsv.Result result = ValueCsv.read(content.toByteArray());
		assertThat(result.problem()).isNull();
		assertThat(result.rows()).extracting(ValueCsv.Row::line).containsExactly(2, 3, 4);
		assertThat(result.rows()).extracting(ValueCsv.Row::problem)
			.containsExactly(null, "ranking.import.problem.lineEncoding", null);
	}

	@Test
	void csvSplitsQuotedFieldsAndFlagsWrongColumnCounts() {
		ValueCsv.Result result = ValueCsv
			.read(("\uFEFF" + ValueCsv.HEADER + "\n1,\"Paz, La\",X,1,\"a \"\"b\"\"\",2026-01-01,\n1,2,3\n")
				.getBytes(StandardCharsets.UTF_8));
		assertThat(result.problem()).isNull();
		assertThat(result.rows()).hasSize(2);
		assertThat(result.rows().get(0).field(1)).isEqualTo("Paz, La");
		assertThat(result.rows().get(0).field(4)).isEqualTo("a \"b\"");
		assertThat(result.rows().get(1).fields()).isNull();
		assertThat(result.rows().get(1).line()).isEqualTo(3);
	}

	@Test
	void csvDatesAndIds() {
		assertThat(ValueCsv.date("2026-02-30")).isEmpty();
		assertThat(ValueCsv.date("")).contains(java.util.Optional.empty());
		assertThat(ValueCsv.id("12")).contains(12L);
		assertThat(ValueCsv.id("-1")).isEmpty();
		assertThat(ValueCsv.id("1 OR 1=1")).isEmpty();
	}

}
