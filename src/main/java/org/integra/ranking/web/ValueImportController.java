package org.integra.ranking.web;

import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Locale;

import jakarta.servlet.http.HttpSession;

import org.integra.ranking.ValueCsv;
import org.integra.ranking.ValueImport;
import org.integra.system.CsvLines;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * CSV import of criterion values: a template, a dry run with a row-by-row report, and
 * applying a file only when no row is bad, or, after a dry run, without its bad rows.
 */
@Controller
class ValueImportController {

	private static final long MAX_BYTES = 2_000_000;

	static final String PENDING = "integra.ranking.pendingValueImport";

	private final ValueImport imports;

	ValueImportController(ValueImport imports) {
		this.imports = imports;
	}

	@GetMapping("/ranking/values/import")
	String form() {
		return "ranking/import";
	}

	@GetMapping("/ranking/values/template.csv")
	ResponseEntity<byte[]> template() {
		String body = ValueCsv.HEADER + "\r\n"
				+ CsvLines.line("1", "Example", "INTERNATIONALISATION", "1", "https://example.org", "2026-01-31", "")
				+ CsvLines.line("1", "Example", "PRIORITY_SECTORS", "EDUCATION;HEALTH", "https://example.org/plan", "",
						"");
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("criterion-values.csv").build().toString())
			.body(body.getBytes(StandardCharsets.UTF_8));
	}

	@PostMapping("/ranking/values/import")
	String upload(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(name = "mode", defaultValue = "dryRun") String mode, Principal principal, Model model,
			HttpSession session, Locale locale) throws IOException {
		if (file == null || file.isEmpty()) {
			model.addAttribute("problem", "ranking.import.problem.empty");
			return "ranking/import";
		}
		if (file.getSize() > MAX_BYTES) {
			model.addAttribute("problem", "ranking.import.problem.tooLarge");
			return "ranking/import";
		}
		byte[] content = file.getBytes();
		ValueImport.Report report = "apply".equals(mode)
				? this.imports.apply(content,
						new ValueImport.Applying(false, fileName(file), principal.getName(), locale))
				: this.imports.dryRun(content);
		session.removeAttribute(PENDING);
		if (!report.applied() && (report.ok() || report.skippable())) {
			session.setAttribute(PENDING, new PendingFile(fileName(file), content));
			model.addAttribute("pendingFile", fileName(file));
		}
		model.addAttribute("report", report);
		model.addAttribute("problem", report.problem());
		return "ranking/import";
	}

	/**
	 * Applies the file of the last dry run of this session, so that it need not be
	 * uploaded again; it is checked again, since data may have changed meanwhile. A file
	 * with bad rows is applied only with {@code skipInvalid}, without them.
	 */
	@PostMapping("/ranking/values/import/pending")
	String applyPending(@RequestParam(required = false) String skipInvalid, Principal principal, Model model,
			HttpSession session, Locale locale) {
		if (!(session.getAttribute(PENDING) instanceof PendingFile pending)) {
			model.addAttribute("problem", "ranking.import.problem.expired");
			return "ranking/import";
		}
		ValueImport.Report report = this.imports.apply(pending.content(),
				new ValueImport.Applying("true".equals(skipInvalid), pending.name(), principal.getName(), locale));
		if (report.applied()) {
			session.removeAttribute(PENDING);
		}
		else {
			model.addAttribute("pendingFile", pending.name());
		}
		model.addAttribute("report", report);
		model.addAttribute("problem", report.problem());
		return "ranking/import";
	}

	private static String fileName(MultipartFile file) {
		String name = file.getOriginalFilename();
		if (name == null || name.isBlank()) {
			return "values.csv";
		}
		String last = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		return (last.length() > 200) ? last.substring(0, 200) : last;
	}

	/** The file of a dry run, kept in the session until it is applied. */
	record PendingFile(String name, byte[] content) implements Serializable {
	}

}
