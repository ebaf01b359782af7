package org.integra.ranking.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;

import org.integra.ranking.ValueCsv;
import org.integra.ranking.ValueImport;

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
 * applying a file only when no row is bad.
 */
@Controller
class ValueImportController {

	private static final long MAX_BYTES = 2_000_000;

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
		String body = ValueCsv.HEADER + "\n" + "1,Example,INTERNATIONALISATION,1,https://example.org,2026-01-31,\n";
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("criterion-values.csv").build().toString())
			.body(body.getBytes(StandardCharsets.UTF_8));
	}

	@PostMapping("/ranking/values/import")
	String upload(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(name = "mode", defaultValue = "dryRun") String mode, Principal principal, Model model)
			throws IOException {
		if (file == null || file.isEmpty()) {
			model.addAttribute("problem", "ranking.import.problem.empty");
			return "ranking/import";
		}
		if (file.getSize() > MAX_BYTES) {
			model.addAttribute("problem", "ranking.import.problem.tooLarge");
			return "ranking/import";
		}
		byte[] content = file.getBytes();
		ValueImport.Report report = "apply".equals(mode) ? this.imports.apply(content, principal.getName())
				: this.imports.dryRun(content);
		model.addAttribute("report", report);
		model.addAttribute("problem", report.problem());
		return "ranking/import";
	}

}
