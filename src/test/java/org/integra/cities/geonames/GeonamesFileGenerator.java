package org.integra.cities.geonames;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes synthetic GeoNames dumps of the real format: 19 tab-separated columns, accented
 * names, alternate names, LAC country codes. Repeatable for a given seed.
 */
public final class GeonamesFileGenerator {

	static final String[] COUNTRIES = { "PE", "EC", "CO", "PA", "BO", "AR", "BR", "CL", "MX", "UY" };

	private static final String[] FIRST = { "San", "Santa", "Villa", "Puerto", "Nueva", "Alto", "Bajo", "Río", "Cerro",
			"Pampa", "São", "Ciénaga", "Llano" };

	private static final String[] SECOND = { "Martín", "José", "Ñuñoa", "Cuzco", "Ibagué", "Paraíso", "Colón", "Jaén",
			"Iquitos", "Potosí", "Atahualpa", "Bolívar", "Sucúa", "Concepción", "Belén", "Tumbes" };

	private final long seed;

	public GeonamesFileGenerator(long seed) {
		this.seed = seed;
	}

	/**
	 * N rows with geoname ids from {@code firstId}; every tenth row is not a populated
	 * place (feature class A), as in real dumps mixing classes.
	 */
	public void write(Writer out, int rows, long firstId) throws IOException {
		Random random = new Random(this.seed);
		for (int i = 0; i < rows; i++) {
			String country = COUNTRIES[i % COUNTRIES.length];
			String name = FIRST[random.nextInt(FIRST.length)] + " " + SECOND[random.nextInt(SECOND.length)] + " "
					+ (i + 1);
			double latitude = -40 + random.nextDouble() * 50;
			double longitude = -80 + random.nextDouble() * 40;
			String featureClass = (i % 10 == 9 && i % 7 == 0) ? "A" : "P";
			String featureCode = (i % 1000 == 0) ? "PPLC" : "PPL";
			out.write(line(firstId + i, name, name + " Alt, " + name.toUpperCase(Locale.ROOT) + ", Ciudad " + (i + 1),
					latitude, longitude, featureClass, featureCode, country, Integer.toString(random.nextInt(30)),
					random.nextInt(2_000_000), "2024-05-0" + (1 + i % 9)));
			out.write('\n');
		}
	}

	public byte[] bytes(int rows, long firstId) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (Writer writer = new java.io.OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
			write(writer, rows, firstId);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	public void writeFile(Path file, int rows, long firstId) throws IOException {
		try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			write(writer, rows, firstId);
		}
	}

	/**
	 * One line of a dump.
	 */
	public static String line(long id, String name, String alternateNames, double latitude, double longitude,
			String featureClass, String featureCode, String country, String admin1, long population, String modified) {
		return String.join("\t", Long.toString(id), name, ascii(name), alternateNames,
				String.format(Locale.ROOT, "%.5f", latitude), String.format(Locale.ROOT, "%.5f", longitude),
				featureClass, featureCode, country, "", admin1, "", "", "", Long.toString(population), "", "100",
				"America/Lima", modified);
	}

	public static byte[] zip(String entryName, byte[] content) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("readme.txt"));
			zip.write("GeoNames readme".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry(entryName));
			zip.write(content);
			zip.closeEntry();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private static String ascii(String name) {
		return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
	}

	static void copy(byte[] content, OutputStream out) throws IOException {
		out.write(content);
	}

}
