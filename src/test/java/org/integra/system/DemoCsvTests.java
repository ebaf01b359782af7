package org.integra.system;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A shipped CSV file reads as rows by column name: quoted commas kept, cells stripped,
 * missing cells empty, blank lines skipped.
 */
class DemoCsvTests {

	@Test
	void rowsAreKeyedByTheHeaderInFileOrder() {
		List<Map<String, String>> rows = DemoCsv.rows("system/demo-csv-sample.csv");
		assertThat(rows).containsExactly(Map.of("code", "A1", "name", "Salud, pública", "note", ""),
				Map.of("code", "B2", "name", "Educación", "note", "dato"));
		assertThat(rows.get(0).keySet()).containsExactly("code", "name", "note");
	}

}
