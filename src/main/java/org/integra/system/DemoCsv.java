package org.integra.system;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;

/**
 * Reads a CSV file the application ships (demo data, seeds): its first line names the
 * columns, each further line is a row. Blank lines are skipped; cells are stripped and a
 * missing cell reads as empty. Not for uploads: {@link CsvLines} guards those.
 */
public final class DemoCsv {

	private DemoCsv() {
	}

	/** The rows of the class-path resource, each by column name, in file order. */
	public static List<Map<String, String>> rows(String resource) {
		List<Map<String, String>> rows = new ArrayList<>();
		try (var reader = new BufferedReader(
				new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
			List<String> header = CsvLines.split(reader.readLine());
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.isBlank()) {
					continue;
				}
				List<String> cells = CsvLines.split(line);
				Map<String, String> row = new LinkedHashMap<>();
				for (int i = 0; i < header.size(); i++) {
					row.put(header.get(i), (i < cells.size()) ? cells.get(i).strip() : "");
				}
				rows.add(row);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return rows;
	}

}
