package org.integra.system;

/**
 * Guards text written to a CSV or XLSX file against formula injection: a spreadsheet
 * reads a cell that starts with {@code =}, {@code +}, {@code -} or {@code @} (and, in
 * some programs, a tab or a carriage return before them) as a formula, which a hostile
 * name could use to run a command or leak other cells. Such a text gets a leading
 * apostrophe, which the spreadsheet shows as text and the reader sees as a quote.
 */
public final class SpreadsheetText {

	private SpreadsheetText() {
	}

	/** The text as a spreadsheet shows it without running it; {@code null} stays. */
	public static String neutralised(String text) {
		if (text == null || text.isEmpty()) {
			return text;
		}
		return switch (text.charAt(0)) {
			case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
			default -> text;
		};
	}

}
