package org.integra.directory.web;

import java.io.IOException;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.integra.directory.DirectoryCsv;
import org.integra.directory.DirectoryImport;
import org.integra.system.PendingImports;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * CSV import of organizations or people: upload for a dry run with a row-by-row report,
 * then apply the rows kept as a pending import (checked again) without uploading again.
 */
@Controller
class ImportController {

	static final PendingImports.Kind<PendingImport> PENDING = new PendingImports.Kind<>("directory",
			PendingImport.class);

	private final DirectoryImport imports;

	private final PendingImports pending;

	private final MessageSource messages;

	ImportController(DirectoryImport imports, PendingImports pending, MessageSource messages) {
		this.imports = imports;
		this.pending = pending;
		this.messages = messages;
	}

	@GetMapping("/directory/import")
	String form(Model model) {
		model.addAttribute("type", DirectoryCsv.Type.ORGANIZATIONS.name());
		return page(model);
	}

	@PostMapping("/directory/import")
	String dryRun(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(required = false) String type, Model model, Locale locale, Principal principal)
			throws IOException {
		DirectoryCsv.Type parsed = DirectoryCsv.Type.parse(type);
		model.addAttribute("type", (parsed != null) ? parsed.name() : DirectoryCsv.Type.ORGANIZATIONS.name());
		if (parsed == null) {
			model.addAttribute("problem", "directory.import.problem.type");
			return page(model);
		}
		DirectoryCsv.Result read = ImportReports.read(file, parsed, this.imports);
		if (read.problem() != null) {
			model.addAttribute("problem", read.problem());
			return page(model);
		}
		DirectoryImport.Report report = this.imports.dryRun(parsed, read.rows());
		if (report.ok() || report.skippable()) {
			String name = ImportReports.fileName(file);
			UUID id = this.pending.store(PENDING, principal.getName(), new PendingImport(parsed, name, read.rows()));
			model.addAttribute("pendingFile", name);
			model.addAttribute("pendingImport", id);
		}
		model.addAttribute("report", ImportReports.ReportView.of(report, this.messages, locale));
		return page(model);
	}

	/**
	 * Applies the rows of the dry run the form names, once; they are checked again, since
	 * the directory may have changed meanwhile. A file with invalid rows is applied only
	 * with {@code skipInvalid}, without them. Another user's import is not found.
	 */
	@PostMapping("/directory/import/apply")
	String apply(@RequestParam(required = false) String pendingImport,
			@RequestParam(required = false) String includeDuplicates,
			@RequestParam(required = false) String skipInvalid, Model model, Locale locale, Principal principal) {
		model.addAttribute("type", DirectoryCsv.Type.ORGANIZATIONS.name());
		if (pendingImport == null || pendingImport.isBlank()) {
			model.addAttribute("problem", "directory.import.problem.expired");
			return page(model);
		}
		PendingImports.Attempt<PendingImport, DirectoryImport.Report> attempt = this.pending.apply(
				PENDING, pendingImport, principal.getName(), (
						rows) -> this.imports.apply(rows.type(), rows.rows(),
								new DirectoryImport.Applying("true".equals(includeDuplicates),
										"true".equals(skipInvalid), rows.name(), principal.getName(), locale)),
				DirectoryImport.Report::applied);
		if (attempt.state() == PendingImports.State.ALREADY_APPLIED) {
			model.addAttribute("problem", "directory.import.problem.alreadyApplied");
			return page(model);
		}
		if (attempt.state() == PendingImports.State.EXPIRED) {
			model.addAttribute("problem", "directory.import.problem.pendingExpired");
			return page(model);
		}
		model.addAttribute("type", attempt.payload().type().name());
		if (attempt.state() == PendingImports.State.NOT_APPLIED) {
			model.addAttribute("pendingFile", attempt.payload().name());
			model.addAttribute("pendingImport", attempt.id());
		}
		model.addAttribute("report", ImportReports.ReportView.of(attempt.result(), this.messages, locale));
		return page(model);
	}

	private String page(Model model) {
		model.addAttribute("types", DirectoryCsv.Type.values());
		return "directory/import";
	}

	/** The rows of a dry run, kept as a pending import until they are applied. */
	record PendingImport(DirectoryCsv.Type type, String name, List<DirectoryCsv.Row> rows) {
	}

}
