package org.integra.system;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads a text upload line by line, decoding each line on its own as strict UTF-8, so
 * that a badly encoded line is reported with its own number and the others are still
 * read. A line longer than the limit is reported too, and skipped to its end without
 * being held in memory. Lines end at LF, CR or CRLF; a byte-order mark on the first line
 * is dropped.
 */
public final class TextLines {

	/** The longest line accepted by default: 64 KiB. */
	public static final int DEFAULT_MAX_LINE_BYTES = 64 * 1024;

	/** Why a line could not be read. */
	public enum Fault {

		NOT_UTF8, TOO_LONG

	}

	/**
	 * One line: its number (from 1) and text, or the fault that kept it from being read
	 * (then the text is {@code null}).
	 */
	public record Line(long number, String text, Fault fault) {

		public boolean ok() {
			return this.fault == null;
		}

	}

	private final InputStream input;

	private final int maxLineBytes;

	private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
		.onMalformedInput(CodingErrorAction.REPORT)
		.onUnmappableCharacter(CodingErrorAction.REPORT);

	private final byte[] buffer = new byte[1 << 16];

	private int position;

	private int limit;

	private byte[] line = new byte[256];

	private int length;

	private long number;

	private boolean afterCarriageReturn;

	public TextLines(InputStream input, int maxLineBytes) {
		this.input = input;
		this.maxLineBytes = maxLineBytes;
	}

	public int maxLineBytes() {
		return this.maxLineBytes;
	}

	/**
	 * The next line, or {@code null} at the end of the input.
	 */
	public Line next() throws IOException {
		this.length = 0;
		boolean tooLong = false;
		boolean any = false;
		while (true) {
			if (this.position == this.limit && !fill()) {
				if (!any) {
					return null;
				}
				return line(tooLong);
			}
			byte b = this.buffer[this.position++];
			if (this.afterCarriageReturn) {
				this.afterCarriageReturn = false;
				if (b == '\n') {
					continue;
				}
			}
			if (b == '\n' || b == '\r') {
				this.afterCarriageReturn = b == '\r';
				return line(tooLong);
			}
			any = true;
			if (tooLong) {
				continue;
			}
			if (this.length == this.maxLineBytes) {
				tooLong = true;
				continue;
			}
			if (this.length == this.line.length) {
				this.line = Arrays.copyOf(this.line, Math.min(this.maxLineBytes, this.line.length * 2));
			}
			this.line[this.length++] = b;
		}
	}

	private boolean fill() throws IOException {
		int n = this.input.read(this.buffer);
		if (n <= 0) {
			return false;
		}
		this.position = 0;
		this.limit = n;
		return true;
	}

	private Line line(boolean tooLong) {
		this.number++;
		if (tooLong) {
			return new Line(this.number, null, Fault.TOO_LONG);
		}
		String text;
		try {
			text = this.decoder.reset().decode(ByteBuffer.wrap(this.line, 0, this.length)).toString();
		}
		catch (CharacterCodingException ex) {
			return new Line(this.number, null, Fault.NOT_UTF8);
		}
		if (this.number == 1 && text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		return new Line(this.number, TextInput.withoutNul(text), null);
	}

}
