package org.integra.directory.web;

import java.io.IOException;
import java.io.Serializable;
import java.security.Principal;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpSession;

import org.integra.directory.DirectoryCsv;
import org.integra.directory.DirectoryImport;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * CSV import of organizations or people: upload for a dry run with a row-by-row report,
 * then apply the rows kept in the session (checked again) without uploading again.
 */
@Controller
class ImportController {

	static final String PENDING = "integra.directory.pendingImport";

	private final DirectoryImport imports;

	private final MessageSource messages;

	ImportController(DirectoryImport imports, MessageSource messages) {
		this.imports = imports;
		this.messages = messages;
	}

	@GetMapping("/directory/import")
	String form(Model model) {
		model.addAttribute("type", DirectoryCsv.Type.ORGANIZATIONS.name());
		return page(model);
	}

	@PostMapping("/directory/import")
	String dryRun(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(required = false) String type, Model model, HttpSession session, Locale locale)
			throws IOException {
		session.removeAttribute(PENDING);
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
			session.setAttribute(PENDING, new PendingImport(parsed, name, read.rows()));
			model.addAttribute("pendingFile", name);
		}
		model.addAttribute("report", ImportReports.ReportView.of(report, this.messages, locale));
		return page(model);
	}

	/**
	 * Applies the rows of the last dry run of this session; they are checked again, since
	 * the directory may have changed meanwhile. A file with invalid rows is applied only
	 * with {@code skipInvalid}, without them.
	 */
	@PostMapping("/directory/import/apply")
	String apply(@RequestParam(required = false) String includeDuplicates,
			@RequestParam(required = false) String skipInvalid, Model model, HttpSession session, Locale locale,
			Principal principal) {
		if (!(session.getAttribute(PENDING) instanceof PendingImport pending)) {
			model.addAttribute("type", DirectoryCsv.Type.ORGANIZATIONS.name());
			model.addAttribute("problem", "directory.import.problem.expired");
			return page(model);
		}
		model.addAttribute("type", pending.type().name());
		DirectoryImport.Report report = this.imports.apply(pending.type(), pending.rows(),
				new DirectoryImport.Applying("true".equals(includeDuplicates), "true".equals(skipInvalid),
						pending.name(), principal.getName(), locale));
		if (report.applied()) {
			session.removeAttribute(PENDING);
		}
		else {
			model.addAttribute("pendingFile", pending.name());
		}
		model.addAttribute("report", ImportReports.ReportView.of(report, this.messages, locale));
		return page(model);
	}

	private String page(Model model) {
		model.addAttribute("types", DirectoryCsv.Type.values());
		return "directory/import";
	}

	/** The rows of a dry run, kept in the session until they are applied. */
	record PendingImport(DirectoryCsv.Type type, String name, List<DirectoryCsv.Row> rows) implements Serializable {
	}

}
