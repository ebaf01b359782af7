package org.integra.cities.geonames;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.integra.system.TextLines;

/**
 * Reads a GeoNames dump (the .txt, or a .zip holding exactly one .txt entry) as a stream
 * and hands its text to the {@link GeonamesLineParser}; a file that cannot be read as a
 * whole (a zip bomb, a path in an entry name, no text) is refused.
 * <p>
 * Nothing grows with what the upload claims: the bytes inflated are counted as they are
 * read and capped, and a line longer than the limit is skipped without being held.
 */
public final class GeonamesParser {

	/** Most bytes read from the text, inflated: cities500 is about 40 MB. */
	public static final long DEFAULT_MAX_UNCOMPRESSED = 200L * 1024 * 1024;

	static final int MAX_ZIP_ENTRIES = 100;

	private final long maxUncompressed;

	private final GeonamesLineParser lines;

	public GeonamesParser() {
		this(DEFAULT_MAX_UNCOMPRESSED, TextLines.DEFAULT_MAX_LINE_BYTES);
	}

	public GeonamesParser(long maxUncompressed, int maxLineBytes) {
		this.maxUncompressed = maxUncompressed;
		this.lines = new GeonamesLineParser(maxLineBytes);
	}

	/**
	 * Reads the file; its bad lines are in the result.
	 * @throws GeonamesFileRefusedException when the file as a whole cannot be read
	 */
	public GeonamesFile parse(String fileName, InputStream input, Set<String> countries) {
		try {
			BufferedInputStream buffered = new BufferedInputStream(input);
			if (isZip(buffered)) {
				return parseZip(buffered, countries);
			}
			return this.lines.parse(new CappedInputStream(buffered), countries);
		}
		catch (IOException ex) {
			throw new GeonamesFileRefusedException(new GeonamesProblem(0, "geonames.problem.unreadable"));
		}
	}

	private static boolean isZip(BufferedInputStream input) throws IOException {
		input.mark(4);
		byte[] head = input.readNBytes(4);
		input.reset();
		return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
	}

	/**
	 * Reads the entries one after the other as they come: the sizes a zip declares (or,
	 * with a data descriptor, leaves out) are not trusted, only the bytes inflated count.
	 */
	private GeonamesFile parseZip(InputStream input, Set<String> countries) throws IOException {
		ZipInputStream zip = new ZipInputStream(input);
		CappedInputStream inflated = new CappedInputStream(zip);
		GeonamesFile file = null;
		int entries = 0;
		ZipEntry entry;
		while ((entry = zip.getNextEntry()) != null) {
			entries++;
			if (entries > MAX_ZIP_ENTRIES) {
				throw new GeonamesFileRefusedException(
						new GeonamesProblem(0, "geonames.problem.zipEntries", MAX_ZIP_ENTRIES));
			}
			String name = entry.getName();
			if (name.contains("/") || name.contains("\\") || name.contains("..")) {
				throw new GeonamesFileRefusedException(
						new GeonamesProblem(0, "geonames.problem.zipPath", GeonamesLineParser.quote(name)));
			}
			if (isText(name)) {
				if (file != null) {
					throw new GeonamesFileRefusedException(new GeonamesProblem(0, "geonames.problem.zipTwoTexts"));
				}
				file = this.lines.parse(inflated, countries);
			}
			else {
				inflated.skipToEnd();
			}
		}
		if (file == null) {
			throw new GeonamesFileRefusedException(new GeonamesProblem(0, "geonames.problem.zipNoText"));
		}
		return file;
	}

	private static boolean isText(String entryName) {
		String name = entryName.toLowerCase(Locale.ROOT);
		return name.endsWith(".txt") && !name.contains("readme");
	}

	private GeonamesFileRefusedException tooLarge() {
		return new GeonamesFileRefusedException(
				new GeonamesProblem(0, "geonames.problem.zipTooLarge", this.maxUncompressed / (1024 * 1024)));
	}

	/**
	 * Counts the bytes read (inflated, for a zip: over all its entries) and stops past
	 * the cap, so that a small zip cannot unpack into gigabytes.
	 */
	private final class CappedInputStream extends FilterInputStream {

		private long read;

		CappedInputStream(InputStream in) {
			super(in);
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			if (n > 0) {
				count(n);
			}
			return n;
		}

		/** Reads the rest of the current entry through the count. */
		void skipToEnd() throws IOException {
			byte[] buffer = new byte[8192];
			while (read(buffer, 0, buffer.length) >= 0) {
				// discarded: only counted
			}
		}

		@Override
		public long skip(long n) throws IOException {
			throw new IOException("Not skippable: the bytes must be counted");
		}

		private void count(int n) {
			this.read += n;
			if (this.read > GeonamesParser.this.maxUncompressed) {
				throw tooLarge();
			}
		}

	}

}
