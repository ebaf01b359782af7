package org.integra.membership;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.integra.IntegraTest;
import org.integra.cities.TestCities;
import org.integra.system.Actor;
import org.integra.system.NotFoundException;
import org.integra.system.Roles;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegraTest
class ApplicationFilesTests {

	static final Actor COORDINATOR = Actor.of("coordinacion", Roles.COORDINATOR);

	static final Actor VIEWER = Actor.of("consulta", Roles.VIEWER);

	static final byte[] HTML = "<html><body><script>alert(document.cookie)</script></body></html>"
		.getBytes(StandardCharsets.UTF_8);

	static final byte[] SVG = ("<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\">"
			+ "<script>alert(2)</script></svg>")
		.getBytes(StandardCharsets.UTF_8);

	/** HTML first, with a PDF header a lenient reader finds in the first bytes. */
	static final byte[] HTML_PDF_POLYGLOT = ("<html><!--\n%PDF-1.4\n1 0 obj << >> endobj\n-->"
			+ "<script>alert(1)</script></html>\n%%EOF\n")
		.getBytes(StandardCharsets.UTF_8);

	/**
	 * A comment line first: Tika's lenient magic sees a PDF, the file starts as HTML
	 * does.
	 */
	static final byte[] COMMENT_PDF_POLYGLOT = ("%%<script>alert(1)</script>\n%PDF-1.4\n%%EOF\n")
		.getBytes(StandardCharsets.UTF_8);

	@Autowired
	ApplicationFiles files;

	@Autowired
	Applications applications;

	@Autowired
	TestCities cities;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aRealPdfAndPngAreStoredWithChecksumSizeAndTypeAndNoteTheirDocuments() throws IOException {
		long id = application();
		byte[] pdf = pdf();
		byte[] png = image("png");

		DocumentVersion letter = this.files.upload(id, DocumentKind.MAYOR_LETTER, "C:\\scans\\carta.pdf", in(pdf),
				pdf.length, COORDINATOR);
		DocumentVersion form = this.files.upload(id, DocumentKind.APPLICATION_FORM, "../ficha.PNG", in(png), png.length,
				COORDINATOR);

		assertThat(letter)
			.extracting(DocumentVersion::filename, DocumentVersion::contentType, DocumentVersion::size,
					DocumentVersion::sha256, DocumentVersion::version, DocumentVersion::uploadedBy)
			.containsExactly("carta.pdf", "application/pdf", (long) pdf.length, sha256(pdf), 1, "coordinacion");
		assertThat(form)
			.extracting(DocumentVersion::filename, DocumentVersion::contentType, DocumentVersion::size,
					DocumentVersion::sha256)
			.containsExactly("ficha.PNG", "image/png", (long) png.length, sha256(png));
		// noted on file: the checklist sees both, and the draft may be submitted
		assertThat(this.applications.checklist(id, VIEWER)).isEmpty();
		assertThat(this.applications.documents(id, VIEWER)).extracting(ApplicationDocument::getCurrentFileId)
			.containsExactly(letter.fileId(), form.fileId());
		this.applications.submit(id, COORDINATOR);

		DocumentDownload download = this.files.download(id, form.fileId(), VIEWER);
		assertThat(download.content()).isEqualTo(png);
		assertThat(download.contentType()).isEqualTo("image/png");
	}

	@Test
	void aJpegIsTaken() throws IOException {
		long id = application();
		byte[] jpeg = image("jpg");
		assertThat(this.files.upload(id, DocumentKind.MAYOR_LETTER, "carta.jpeg", in(jpeg), jpeg.length, COORDINATOR)
			.contentType()).isEqualTo("image/jpeg");
	}

	@Test
	void uploadingAKindAgainKeepsTheEarlierVersionsAndTheLatestIsCurrent() throws IOException {
		long id = application();
		byte[] first = pdf();
		byte[] second = image("png");
		DocumentVersion one = this.files.upload(id, DocumentKind.MAYOR_LETTER, "carta.pdf", in(first), first.length,
				COORDINATOR);
		DocumentVersion two = this.files.upload(id, DocumentKind.MAYOR_LETTER, "carta-firmada.png", in(second),
				second.length, COORDINATOR);

		assertThat(this.files.versions(id, VIEWER))
			.extracting(DocumentVersion::fileId, DocumentVersion::kind, DocumentVersion::version,
					DocumentVersion::current)
			.containsExactly(tuple(one.fileId(), DocumentKind.MAYOR_LETTER, 1, false),
					tuple(two.fileId(), DocumentKind.MAYOR_LETTER, 2, true));
		assertThat(this.applications.documents(id, VIEWER)).singleElement()
			.extracting(ApplicationDocument::getCurrentFileId)
			.isEqualTo(two.fileId());
		assertThat(this.files.download(id, one.fileId(), VIEWER).content()).isEqualTo(first);
	}

	@Test
	void hostileUploadsAreRefusedWithAKeyPerReasonAndNothingIsStored() throws IOException {
		long id = application();
		assertRefused(id, "carta.pdf", HTML, "membership.file.refused.type");
		assertRefused(id, "carta.pdf", SVG, "membership.file.refused.type");
		assertRefused(id, "carta.pdf", HTML_PDF_POLYGLOT, "membership.file.refused.type");
		assertRefused(id, "carta.pdf", COMMENT_PDF_POLYGLOT, "membership.file.refused.pdfHeader");
		assertRefused(id, "ficha.png", zip(), "membership.file.refused.type");
		assertRefused(id, "carta.pdf", new byte[0], "membership.file.refused.empty");
		assertRefused(id, "carta.pdf", image("png"), "membership.file.refused.nameMismatch");
		assertRefused(id, "ficha.png", pdf(), "membership.file.refused.nameMismatch");

		byte[] large = new byte[11 * 1024 * 1024];
		System.arraycopy(pdf(), 0, large, 0, 16);
		// refused from the declared size, before anything is read
		InputStream unread = new ByteArrayInputStream(large) {
			@Override
			public synchronized int read(byte[] b, int off, int len) {
				throw new AssertionError("read although the declared size is too large");
			}
		};
		assertThatThrownBy(
				() -> this.files.upload(id, DocumentKind.MAYOR_LETTER, "carta.pdf", unread, large.length, COORDINATOR))
			.isInstanceOf(ApplicationRefusedException.class)
			.extracting("messageKey")
			.isEqualTo("membership.file.refused.tooLarge");
		// and from the bytes read, through a bounded stream, when the size is not told
		assertThatThrownBy(
				() -> this.files.upload(id, DocumentKind.MAYOR_LETTER, "carta.pdf", in(large), -1, COORDINATOR))
			.isInstanceOf(ApplicationRefusedException.class)
			.extracting("messageKey")
			.isEqualTo("membership.file.refused.tooLarge");

		assertThat(this.files.versions(id, VIEWER)).isEmpty();
		assertThat(this.applications.documents(id, VIEWER)).isEmpty();
	}

	@Test
	void aPdfCarryingHtmlIsStoredAsAPdfAndNeverServedInline() throws Exception {
		long id = application();
		byte[] polyglot = ("%PDF-1.4\n<html><body><script>alert(document.cookie)</script></body></html>\n%%EOF\n")
			.getBytes(StandardCharsets.UTF_8);
		DocumentVersion stored = this.files.upload(id, DocumentKind.MAYOR_LETTER, "carta.pdf", in(polyglot),
				polyglot.length, COORDINATOR);
		assertThat(stored.contentType()).isEqualTo("application/pdf");

		this.mvc.perform(get("/membership/applications/" + id + "/documents/" + stored.fileId()).with(viewer()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment;")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));
	}

	@Test
	void theApplicationPageOffersTheUploadAndListsTheFilesWithTheirDownloads() throws Exception {
		long id = application();
		this.mvc
			.perform(multipart("/membership/applications/" + id + "/documents")
				.file(new MockMultipartFile("file", "formulario.png", "image/png", image("png")))
				.param("kind", "APPLICATION_FORM")
				.with(coordinator())
				.with(csrf()))
			.andExpect(flash().attribute("message", "membership.file.uploaded"));
		DocumentVersion stored = this.files.versions(id, VIEWER).get(0);

		org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(
				this.mvc
					.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
						.get("/membership/applications/" + id)
						.with(coordinator()))
					.andReturn()
					.getResponse()
					.getContentAsString());
		assertThat(page.select("#upload-document").attr("enctype")).isEqualTo("multipart/form-data");
		assertThat(page.select("#file-" + stored.fileId() + " a").attr("href"))
			.isEqualTo("/membership/applications/" + id + "/documents/" + stored.fileId());
		assertThat(page.select("#file-" + stored.fileId() + " a").text()).isEqualTo("formulario.png");
	}

	@Test
	void theDownloadIsAnAttachmentOfTheDetectedTypeWithNosniff() throws Exception {
		long id = application();
		byte[] png = image("png");
		MvcResult upload = this.mvc
			.perform(multipart("/membership/applications/" + id + "/documents")
				.file(new MockMultipartFile("file", "fi\u0000cha\u202e.png", "text/html", png))
				.param("kind", "APPLICATION_FORM")
				.with(coordinator())
				.with(csrf()))
			.andExpect(redirectedUrl("/membership/applications/" + id))
			.andExpect(flash().attribute("message", "membership.file.uploaded"))
			.andReturn();
		assertThat(upload.getResponse().getStatus()).isEqualTo(302);
		DocumentVersion stored = this.files.versions(id, VIEWER).get(0);
		// the type the browser claimed is ignored; control and format characters dropped
		assertThat(stored.contentType()).isEqualTo("image/png");
		assertThat(stored.filename()).isEqualTo("ficha.png");

		MvcResult download = this.mvc
			.perform(get("/membership/applications/" + id + "/documents/" + stored.fileId()).with(viewer()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/png"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andReturn();
		assertThat(download.getResponse().getHeader("Content-Disposition")).startsWith("attachment;")
			.contains("ficha.png")
			.doesNotContain("inline");
		assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(png);
	}

	@Test
	void aRefusedUploadGoesBackWithItsKey() throws Exception {
		long id = application();
		this.mvc
			.perform(multipart("/membership/applications/" + id + "/documents")
				.file(new MockMultipartFile("file", "carta.pdf", "application/pdf", HTML))
				.param("kind", "MAYOR_LETTER")
				.with(coordinator())
				.with(csrf()))
			.andExpect(redirectedUrl("/membership/applications/" + id))
			.andExpect(flash().attribute("error", "membership.file.refused.type"));
		this.mvc
			.perform(multipart("/membership/applications/" + id + "/documents")
				.file(new MockMultipartFile("file", "carta.pdf", "application/pdf", new byte[11 * 1024 * 1024]))
				.param("kind", "MAYOR_LETTER")
				.with(coordinator())
				.with(csrf()))
			.andExpect(flash().attribute("error", "membership.file.refused.tooLarge"));
		this.mvc
			.perform(multipart("/membership/applications/" + id + "/documents")
				.file(new MockMultipartFile("file", "carta.pdf", "application/pdf", new byte[0]))
				.param("kind", "MAYOR_LETTER")
				.with(coordinator())
				.with(csrf()))
			.andExpect(flash().attribute("error", "membership.file.refused.empty"));
		this.mvc
			.perform(multipart("/membership/applications/" + id + "/documents")
				.file(new MockMultipartFile("file", "carta.pdf", "application/pdf", pdf()))
				.param("kind", "SOMETHING")
				.with(coordinator())
				.with(csrf()))
			.andExpect(flash().attribute("error", "membership.file.refused.kind"));
		assertThat(this.files.versions(id, VIEWER)).isEmpty();
	}

	@Test
	void aFileOfAnotherApplicationIsNotFound() throws Exception {
		long id = application();
		long other = application();
		byte[] pdf = pdf();
		DocumentVersion stored = this.files.upload(other, DocumentKind.MAYOR_LETTER, "carta.pdf", in(pdf), pdf.length,
				COORDINATOR);

		assertThatThrownBy(() -> this.files.download(id, stored.fileId(), VIEWER))
			.isInstanceOf(NotFoundException.class);
		this.mvc.perform(get("/membership/applications/" + id + "/documents/" + stored.fileId()).with(viewer()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/membership/applications/" + other + "/documents/" + stored.fileId()).with(viewer()))
			.andExpect(status().isOk());
	}

	@Test
	void readersDownloadAndOnlyPreparersUpload() throws IOException {
		long id = application();
		byte[] pdf = pdf();
		assertThatThrownBy(
				() -> this.files.upload(id, DocumentKind.MAYOR_LETTER, "carta.pdf", in(pdf), pdf.length, VIEWER))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.files.upload(id, DocumentKind.MAYOR_LETTER, "carta.pdf", in(pdf), pdf.length,
				Actor.of("secretaria", Roles.SECRETARIAT)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.files.versions(id, Actor.ANONYMOUS)).isInstanceOf(AccessDeniedException.class);
		DocumentVersion stored = this.files.upload(id, DocumentKind.MAYOR_LETTER, "carta.pdf", in(pdf), pdf.length,
				Actor.of("admin", Roles.ADMIN));
		assertThat(this.files.download(id, stored.fileId(), Actor.of("mentor", Roles.MENTOR)).content()).isEqualTo(pdf);
		assertThatThrownBy(() -> this.files.download(id, stored.fileId(), Actor.ANONYMOUS))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void deletingTheCityDeletesItsApplicationsFiles() throws IOException {
		long city = this.cities.create(TestCities.unique("Cuenca"), "EC");
		long id = this.applications.open(city, COORDINATOR).getId();
		byte[] pdf = pdf();
		this.files.upload(id, DocumentKind.MAYOR_LETTER, "carta.pdf", in(pdf), pdf.length, COORDINATOR);
		this.files.upload(id, DocumentKind.MAYOR_LETTER, "carta-2.pdf", in(pdf), pdf.length, COORDINATOR);
		this.cities.delete(city);
		assertThat(this.jdbc.sql("select count(*) from membership_document_file where application_id = ?")
			.param(id)
			.query(Long.class)
			.single()).isZero();
		assertThat(this.jdbc.sql("select count(*) from membership_application where id = ?")
			.param(id)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void namesAreCleaned() {
		assertThat(ApplicationFiles.cleanName("/etc/../x/carta.pdf", "application/pdf")).isEqualTo("carta.pdf");
		assertThat(ApplicationFiles.cleanName("a\r\nb\tc.pdf", "application/pdf")).isEqualTo("abc.pdf");
		assertThat(ApplicationFiles.cleanName("  ", "image/jpeg")).isEqualTo("document.jpg");
		assertThat(ApplicationFiles.cleanName(null, "image/png")).isEqualTo("document.png");
		assertThat(ApplicationFiles.cleanName("..pdf", "application/pdf")).isEqualTo("pdf");
		String longName = ApplicationFiles.cleanName("é".repeat(300) + ".pdf", "application/pdf");
		assertThat(longName).hasSize(255).endsWith(".pdf");
		String emoji = ApplicationFiles.cleanName("\uD83D\uDE00".repeat(200) + ".pdf", "application/pdf");
		assertThat(emoji.length()).isLessThanOrEqualTo(255);
		assertThat(emoji).endsWith(".pdf");
		assertThat(emoji.codePoints().filter((c) -> c >= 0xD800 && c <= 0xDFFF).count()).isZero();
	}

	private void assertRefused(long id, String name, byte[] content, String key) {
		assertThatThrownBy(
				() -> this.files.upload(id, DocumentKind.MAYOR_LETTER, name, in(content), content.length, COORDINATOR))
			.isInstanceOf(ApplicationRefusedException.class)
			.extracting("messageKey")
			.isEqualTo(key);
	}

	private long application() {
		long city = this.cities.create(TestCities.unique("Valparaíso"), "CL");
		return this.applications.open(city, COORDINATOR).getId();
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor coordinator() {
		return user("coordinacion").roles(Roles.COORDINATOR);
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor viewer() {
		return user("consulta").roles(Roles.VIEWER);
	}

	private static InputStream in(byte[] bytes) {
		return new ByteArrayInputStream(bytes);
	}

	static byte[] pdf() throws IOException {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.addPage(new PDPage());
			document.save(out);
			return out.toByteArray();
		}
	}

	static byte[] image(String format) throws IOException {
		BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
		image.setRGB(3, 3, 0x336699);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, format, out);
		return out.toByteArray();
	}

	static byte[] zip() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("index.html"));
			zip.write(HTML);
			zip.closeEntry();
		}
		return out.toByteArray();
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
