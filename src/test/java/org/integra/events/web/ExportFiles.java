package org.integra.events.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads back the exported files of the tests: XLSX with fastexcel's reader, CSV with
 * Commons CSV.
 */
final class ExportFiles {

	static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

	private ExportFiles() {
	}

	/**
	 * The rows of the first sheet, each cell as its text ("" when empty, a date-time as
	 * yyyy-MM-dd HH:mm), each as wide as the header.
	 */
	static List<List<String>> xlsx(byte[] content) {
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content),
				new ReadingOptions(true, false))) {
			List<List<String>> rows = new ArrayList<>();
			for (Row row : workbook.getFirstSheet().read()) {
				List<String> cells = new ArrayList<>();
				for (int column = 0; column < row.getCellCount(); column++) {
					Cell cell = row.getCell(column);
					assertThat((cell != null) ? cell.getType() : CellType.EMPTY).as("no formula")
						.isNotEqualTo(CellType.FORMULA);
					cells.add((cell == null) ? "" : text(cell));
				}
				while (!rows.isEmpty() && cells.size() < rows.get(0).size()) {
					cells.add("");
				}
				rows.add(cells);
			}
			return rows;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String text(Cell cell) {
		if (cell.getType() == CellType.NUMBER && cell.getDataFormatString() != null
				&& cell.getDataFormatString().contains("yy")) {
			return MINUTES.format(cell.asDate());
		}
		return cell.getText();
	}

	/** The records of a CSV that starts with a UTF-8 byte-order mark. */
	static List<List<String>> csv(byte[] content) {
		assertThat(Arrays.copyOf(content, 3)).as("UTF-8 BOM").containsExactly((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
		String text = new String(content, 3, content.length - 3, StandardCharsets.UTF_8);
		try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.RFC4180)) {
			return parser.getRecords().stream().map(CSVRecord::toList).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
