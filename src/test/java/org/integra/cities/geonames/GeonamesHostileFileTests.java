package org.integra.cities.geonames;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Zip bombs and other files built to exhaust the server: each is refused or reported
 * while the parser allocates a small, fixed amount of memory whatever the file claims.
 */
class GeonamesHostileFileTests {

	private static final Set<String> PERU = Set.of("PE");

	private static final long MB = 1024 * 1024;

	/** Far below what the shapes would need if they were held. */
	private static final long ALLOCATION_BOUND = 32 * MB;

	private static String lima() {
		return GeonamesFileGenerator.line(3936456, "Lima", "", -12.04318, -77.02824, "P", "PPLC", "PE", "15", 7737002,
				"2024-05-02");
	}

	/**
	 * A zip written as a stream: its entries carry a data descriptor, so the local header
	 * says nothing of their size, as a streaming client or a bomb would write it.
	 */
	private static byte[] streamedZip(String[] names, Supplier<InputStream> content) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		OutputStream notSeekable = new FilterOutputStream(bytes);
		try (ZipOutputStream zip = new ZipOutputStream(notSeekable)) {
			for (String name : names) {
				zip.putNextEntry(new ZipEntry(name));
				try (InputStream in = content.get()) {
					in.transferTo(zip);
				}
				zip.closeEntry();
			}
		}
		return bytes.toByteArray();
	}

	/** {@code length} bytes repeating {@code pattern}, generated as they are read. */
	private static InputStream repeating(byte[] pattern, long length) {
		return new InputStream() {

			private long position;

			@Override
			public int read() {
				return (this.position < length) ? pattern[(int) (this.position++ % pattern.length)] : -1;
			}

			@Override
			public int read(byte[] buffer, int offset, int count) {
				if (this.position >= length) {
					return -1;
				}
				int n = (int) Math.min(count, length - this.position);
				for (int i = 0; i < n; i++) {
					buffer[offset + i] = pattern[(int) (this.position++ % pattern.length)];
				}
				return n;
			}

		};
	}

	private static long allocatedBy(Runnable action) {
		com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
		long before = threads.getCurrentThreadAllocatedBytes();
		action.run();
		return threads.getCurrentThreadAllocatedBytes() - before;
	}

	@Test
	void refusesAStreamedEntryThatInflatesBeyondTheCapCountingWhatIsInflated() throws IOException {
		byte[] zip = streamedZip(new String[] { "cities500.txt" }, () -> repeating(new byte[] { 0 }, 64 * MB));
		assertThat(zip.length).isLessThan((int) MB);
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			ZipEntry entry = in.getNextEntry();
			assertThat(entry.getSize()).as("size hidden in a data descriptor").isEqualTo(-1);
		}
		GeonamesParser parser = new GeonamesParser(8 * MB, 64 * 1024);
		long allocated = allocatedBy(() -> assertThatExceptionOfType(GeonamesFileRefusedException.class)
			.isThrownBy(() -> parser.parse("bomb.zip", new ByteArrayInputStream(zip), PERU))
			.satisfies((ex) -> {
				assertThat(ex.getProblems().get(0).messageKey()).isEqualTo("geonames.problem.zipTooLarge");
				assertThat(ex.getProblems().get(0).arguments()).containsExactly(8L);
			}));
		assertThat(allocated).isLessThan(ALLOCATION_BOUND);
	}

	@Test
	void reportsAnEndlessLineWithoutHoldingIt() throws IOException {
		byte[] zip = streamedZip(new String[] { "cities500.txt" },
				() -> repeating("a".getBytes(StandardCharsets.US_ASCII), 64 * MB));
		GeonamesParser parser = new GeonamesParser(1024 * MB, 64 * 1024);
		GeonamesFile[] parsed = new GeonamesFile[1];
		long allocated = allocatedBy(
				() -> parsed[0] = parser.parse("endless.zip", new ByteArrayInputStream(zip), PERU));
		assertThat(parsed[0].invalidLines()).isEqualTo(1);
		assertThat(parsed[0].problems()).singleElement().satisfies((problem) -> {
			assertThat(problem.line()).isEqualTo(1);
			assertThat(problem.messageKey()).isEqualTo("geonames.problem.lineTooLong");
			assertThat(problem.arguments()).containsExactly(64);
		});
		assertThat(allocated).isLessThan(ALLOCATION_BOUND);
	}

	@Test
	void reportsAnEndlessLineOfPlainTextAndReadsTheNextLines() {
		InputStream endless = repeating("9".getBytes(StandardCharsets.US_ASCII), 64 * MB);
		InputStream text = new java.io.SequenceInputStream(endless,
				new ByteArrayInputStream(("\n" + lima() + "\n").getBytes(StandardCharsets.UTF_8)));
		GeonamesParser parser = new GeonamesParser(1024 * MB, 64 * 1024);
		GeonamesFile[] parsed = new GeonamesFile[1];
		long allocated = allocatedBy(() -> parsed[0] = parser.parse("endless.txt", text, PERU));
		assertThat(parsed[0].problems()).extracting(GeonamesProblem::messageKey)
			.containsExactly("geonames.problem.lineTooLong");
		assertThat(parsed[0].rows()).extracting(GeonamesRow::line).containsExactly(2L);
		assertThat(allocated).isLessThan(ALLOCATION_BOUND);
	}

	@Test
	void refusesAZipWithTwoTextEntries() throws IOException {
		byte[] line = (lima() + "\n").getBytes(StandardCharsets.UTF_8);
		byte[] zip = streamedZip(new String[] { "cities500.txt", "cities1000.txt" },
				() -> new ByteArrayInputStream(line));
		assertThatExceptionOfType(GeonamesFileRefusedException.class)
			.isThrownBy(() -> new GeonamesParser().parse("two.zip", new ByteArrayInputStream(zip), PERU))
			.satisfies(
					(ex) -> assertThat(ex.getProblems().get(0).messageKey()).isEqualTo("geonames.problem.zipTwoTexts"));
	}

	@Test
	void refusesAnEntryNameWithAPath() throws IOException {
		byte[] line = (lima() + "\n").getBytes(StandardCharsets.UTF_8);
		for (String name : new String[] { "../cities500.txt", "data/cities500.txt", "data\\cities500.txt",
				"..cities500.txt" }) {
			byte[] zip = streamedZip(new String[] { name }, () -> new ByteArrayInputStream(line));
			assertThatExceptionOfType(GeonamesFileRefusedException.class)
				.isThrownBy(() -> new GeonamesParser().parse("path.zip", new ByteArrayInputStream(zip), PERU))
				.satisfies((ex) -> {
					assertThat(ex.getProblems().get(0).messageKey()).isEqualTo("geonames.problem.zipPath");
					assertThat(ex.getProblems().get(0).arguments()).containsExactly(name);
				});
		}
	}

	@Test
	void countsTheBytesOfSkippedEntriesToo() throws IOException {
		byte[] zip = streamedZip(new String[] { "readme.txt" }, () -> repeating(new byte[] { 0 }, 64 * MB));
		assertThatExceptionOfType(GeonamesFileRefusedException.class).isThrownBy(
				() -> new GeonamesParser(8 * MB, 64 * 1024).parse("readme.zip", new ByteArrayInputStream(zip), PERU))
			.satisfies(
					(ex) -> assertThat(ex.getProblems().get(0).messageKey()).isEqualTo("geonames.problem.zipTooLarge"));
	}

}
