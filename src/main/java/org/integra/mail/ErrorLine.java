package org.integra.mail;

/**
 * What went wrong with an attempt, as the outbox keeps it: one line, at most
 * {@value #MAX_LENGTH} characters, never cutting a character in two.
 */
final class ErrorLine {

	static final int MAX_LENGTH = 500;

	private ErrorLine() {
	}

	static String of(String error) {
		String line = (error == null || error.isBlank()) ? "unknown error" : error.strip().replaceAll("\\s+", " ");
		if (line.length() <= MAX_LENGTH) {
			return line;
		}
		int end = MAX_LENGTH - 1;
		if (Character.isHighSurrogate(line.charAt(end - 1))) {
			end--;
		}
		return line.substring(0, end) + "…";
	}

}
