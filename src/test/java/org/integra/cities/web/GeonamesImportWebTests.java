package org.integra.cities.web;

import java.nio.charset.StandardCharsets;

import org.integra.HostileInputs;
import org.integra.IntegraTest;
import org.integra.cities.geonames.GeonamesFileGenerator;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegraTest
class GeonamesImportWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcTemplate jdbc;

	private static MockMultipartFile file(String name, String... lines) {
		return new MockMultipartFile("file", name, "text/plain",
				(String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
	}

	private static String line(long id, String name, String country) {
		return GeonamesFileGenerator.line(id, name, "", 5.5, -55.5, "P", "PPL", country, "1", 10, "2024-05-02");
	}

	@Test
	@WithMockUser(username = "admin", roles = "ADMIN")
	void apiDryRunThenApply() throws Exception {
		MvcResult result = this.mvc
			.perform(multipart("/api/v1/imports/geonames").file(file("cities500.txt", line(94000001, "Apiania", "SR")))
				.param("countries", "SR")
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CHECKED"))
			.andExpect(jsonPath("$.newCount").value(1))
			.andExpect(jsonPath("$.samples.NEW[0].name").value("Apiania"))
			.andExpect(jsonPath("$.credit").value(containsString("CC BY 4.0")))
			.andReturn();
		JsonNode body = this.json.readTree(result.getResponse().getContentAsString());
		long jobId = body.get("jobId").asLong();
		assertThat(count("Apiania")).isZero();
		this.mvc
			.perform(post("/api/v1/imports/geonames").param("mode", "apply").param("jobId", "" + jobId).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DONE"));
		this.mvc.perform(get("/api/v1/imports/geonames/" + jobId))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.processedRows").value(1));
		assertThat(count("Apiania")).isEqualTo(1);
	}

	@Test
	@WithMockUser(username = "admin", roles = "ADMIN")
	void apiApplyInOneCall() throws Exception {
		this.mvc
			.perform(multipart("/api/v1/imports/geonames").file(file("c.txt", line(94000002, "Unollamadia", "SR")))
				.param("countries", "SR")
				.param("mode", "apply")
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DONE"));
		assertThat(count("Unollamadia")).isEqualTo(1);
	}

	@Test
	@WithMockUser(username = "admin", roles = "ADMIN")
	void apiRefusesABadFileWithTheRowReport() throws Exception {
		this.mvc
			.perform(multipart("/api/v1/imports/geonames")
				.file(file("bad.txt", line(94000003, "Malania", "SR"), "1\tonly\tthree"))
				.param("countries", "SR")
				.param("mode", "apply")
				.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.problemCount").value(1))
			.andExpect(jsonPath("$.problems[0].line").value(2))
			.andExpect(jsonPath("$.problems[0].message").value(containsString("19")));
		assertThat(count("Malania")).isZero();
	}

	@Test
	@WithMockUser(roles = "COORDINATOR")
	void apiIsForbiddenToACoordinator() throws Exception {
		this.mvc
			.perform(multipart("/api/v1/imports/geonames").file(file("c.txt", line(94000004, "Prohibia", "SR")))
				.with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void apiNeedsAuthentication() throws Exception {
		this.mvc.perform(get("/api/v1/imports/geonames/1")).andExpect(status().isUnauthorized());
	}

	@Test
	@WithMockUser(username = "admin", roles = "ADMIN")
	void pageFlowDryRunApplyProgress() throws Exception {
		this.mvc.perform(get("/admin/imports/geonames"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"country-PE\"")))
			.andExpect(content().string(containsString("geonames.org")));
		MvcResult dryRun = this.mvc
			.perform(multipart("/admin/imports/geonames").file(file("p.txt", line(94000005, "Paginia", "SR")))
				.param("countries", "SR")
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"geonames-apply\"")))
			.andReturn();
		long jobId = this.jdbc.queryForObject("select max(id) from import_job where file_name = 'p.txt'", Long.class);
		assertThat(dryRun.getResponse().getContentAsString()).contains("Paginia");
		this.mvc.perform(post("/admin/imports/geonames/" + jobId + "/apply").with(csrf()))
			.andExpect(redirectedUrl("/admin/imports/geonames/" + jobId));
		for (int i = 0; i < 50 && count("Paginia") == 0; i++) {
			Thread.sleep(100);
		}
		Thread.sleep(200);
		this.mvc.perform(get("/admin/imports/geonames/" + jobId + "/progress"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"geonames-done\"")));
		this.mvc.perform(get("/admin/imports/geonames/" + jobId))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("geonames-progress")));
		assertThat(count("Paginia")).isEqualTo(1);
	}

	@Test
	@WithMockUser(username = "admin", roles = "ADMIN")
	void pageListsEveryBadLineAndOffersToSkipThem() throws Exception {
		this.mvc
			.perform(multipart("/admin/imports/geonames")
				.file(file("bad-lines.txt", line(94000020, "Saltarina", "SR"), "a\tb",
						line(94000021, "Saltarina Dos", "SR").replace("\t5.50000\t", "\t95.5\t")))
				.param("countries", "SR")
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"geonames-invalid\"")))
			.andExpect(
					content().string(containsString("Línea 2: 2 columnas separadas por tabuladores en lugar de 19.")))
			.andExpect(content()
				.string(containsString("Línea 3: el valor de latitude 95.5 está fuera del rango -90..90.")))
			.andExpect(content().string(containsString("Omitir las 2 filas no válidas e importar el resto")))
			.andExpect(content().string(containsString("name=\"skipInvalid\"")));
		long jobId = this.jdbc.queryForObject("select max(id) from import_job where file_name = 'bad-lines.txt'",
				Long.class);
		this.mvc.perform(post("/admin/imports/geonames/" + jobId + "/apply").with(csrf()))
			.andExpect(redirectedUrl("/admin/imports/geonames/" + jobId));
		Thread.sleep(300);
		assertThat(count("Saltarina")).as("all or nothing is refused").isZero();
		this.mvc.perform(post("/admin/imports/geonames/" + jobId + "/apply").param("skipInvalid", "true").with(csrf()))
			.andExpect(redirectedUrl("/admin/imports/geonames/" + jobId));
		for (int i = 0; i < 50 && count("Saltarina") == 0; i++) {
			Thread.sleep(100);
		}
		Thread.sleep(200);
		this.mvc.perform(get("/admin/imports/geonames/" + jobId))
			.andExpect(content().string(containsString("Se omitieron 2 filas no válidas")))
			.andExpect(
					content().string(containsString("Línea 2: 2 columnas separadas por tabuladores en lugar de 19.")));
		assertThat(count("Saltarina")).isEqualTo(1);
	}

	@Test
	@WithMockUser(username = "admin", roles = "ADMIN")
	void pageRefusesHostileZipsWithAClearMessage() throws Exception {
		byte[] lima = (line(94000030, "Zipia", "SR") + "\n").getBytes(StandardCharsets.UTF_8);
		assertRefused(zip(new String[] { "cities500.txt" }, new byte[40 * 1024 * 1024]),
				"El zip se descomprime en más de 32 MB.");
		assertRefused(zip(new String[] { "cities500.txt", "cities1000.txt" }, lima),
				"El zip contiene más de un archivo .txt; debe contener uno.");
		assertRefused(zip(new String[] { "../cities500.txt" }, lima),
				"La entrada «../cities500.txt» del zip tiene una ruta");
		assertThat(count("Zipia")).isZero();
	}

	@Test
	@WithMockUser(username = "admin", roles = "ADMIN")
	void pageReportsAnEndlessLine() throws Exception {
		byte[] endless = new byte[1024 * 1024];
		java.util.Arrays.fill(endless, (byte) 'x');
		this.mvc
			.perform(multipart("/admin/imports/geonames")
				.file(new MockMultipartFile("file", "endless.zip", "application/zip",
						zip(new String[] { "cities500.txt" }, endless)))
				.param("countries", "SR")
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Línea 1: la línea supera 64 KiB; no se leyó.")));
	}

	private void assertRefused(byte[] zip, String message) throws Exception {
		this.mvc
			.perform(multipart("/admin/imports/geonames")
				.file(new MockMultipartFile("file", "hostile.zip", "application/zip", zip))
				.param("countries", "SR")
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"geonames-problems\"")))
			.andExpect(content().string(containsString(message)));
	}

	/** Entries written as a stream, each with a data descriptor instead of its size. */
	private static byte[] zip(String[] names, byte[] content) throws java.io.IOException {
		java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
		try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(
				new java.io.FilterOutputStream(bytes))) {
			for (String name : names) {
				zip.putNextEntry(new java.util.zip.ZipEntry(name));
				zip.write(content);
				zip.closeEntry();
			}
		}
		return bytes.toByteArray();
	}

	@Test
	@WithMockUser(username = "admin", roles = "ADMIN")
	void hostileFileNamesAndValuesAreRenderedEscaped() throws Exception {
		for (String hostile : new String[] { HostileInputs.SCRIPT, HostileInputs.ATTRIBUTE_BREAKOUT }) {
			MvcResult result = this.mvc.perform(multipart("/admin/imports/geonames")
				.file(file(hostile + ".txt",
						line(94000010 + hostile.length(), "Hostilia " + hostile.replace("\t", " "), "SR")))
				.param("countries", "SR")
				.with(csrf())).andReturn();
			HostileInputs.assertNotServerError(result);
			HostileInputs.assertRenderedEscaped(result.getResponse().getContentAsString(), hostile);
		}
	}

	private long count(String name) {
		return this.jdbc.queryForObject("select count(*) from city where name = ?", Long.class, name);
	}

}
