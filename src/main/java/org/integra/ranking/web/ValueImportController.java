package org.integra.ranking.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Locale;

import org.integra.ranking.ValueCsv;
import org.integra.ranking.ValueImport;
import org.integra.system.CsvLines;
import org.integra.system.PendingImports;

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

	static final PendingImports.Kind<PendingFile> PENDING = new PendingImports.Kind<>("ranking.values",
			PendingFile.class);

	private final ValueImport imports;

	private final PendingImports pending;

	ValueImportController(ValueImport imports, PendingImports pending) {
		this.imports = imports;
		this.pending = pending;
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
			Locale locale) throws IOException {
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
		if (!report.applied() && (report.ok() || report.skippable())) {
			model.addAttribute("pendingImport",
					this.pending.store(PENDING, principal.getName(), new PendingFile(fileName(file), content)));
			model.addAttribute("pendingFile", fileName(file));
		}
		model.addAttribute("report", report);
		model.addAttribute("problem", report.problem());
		return "ranking/import";
	}

	/**
	 * Applies the file of the dry run the form names, once, so that it need not be
	 * uploaded again; it is checked again, since data may have changed meanwhile. A file
	 * with bad rows is applied only with {@code skipInvalid}, without them. Another
	 * user's import is not found.
	 */
	@PostMapping("/ranking/values/import/pending")
	String applyPending(@RequestParam(required = false) String pendingImport,
			@RequestParam(required = false) String skipInvalid, Principal principal, Model model, Locale locale) {
		if (pendingImport == null || pendingImport.isBlank()) {
			model.addAttribute("problem", "ranking.import.problem.expired");
			return "ranking/import";
		}
		PendingImports.Attempt<PendingFile, ValueImport.Report> attempt = this.pending.apply(PENDING, pendingImport,
				principal.getName(),
				(file) -> this.imports.apply(file.content(),
						new ValueImport.Applying("true".equals(skipInvalid), file.name(), principal.getName(), locale)),
				ValueImport.Report::applied);
		if (attempt.state() == PendingImports.State.ALREADY_APPLIED) {
			model.addAttribute("problem", "ranking.import.problem.alreadyApplied");
			return "ranking/import";
		}
		if (attempt.state() == PendingImports.State.EXPIRED) {
			model.addAttribute("problem", "ranking.import.problem.pendingExpired");
			return "ranking/import";
		}
		if (attempt.state() == PendingImports.State.NOT_APPLIED) {
			model.addAttribute("pendingFile", attempt.payload().name());
			model.addAttribute("pendingImport", attempt.id());
		}
		model.addAttribute("report", attempt.result());
		model.addAttribute("problem", attempt.result().problem());
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

	/** The file of a dry run, kept as a pending import until it is applied. */
	record PendingFile(String name, byte[] content) {
	}

}
