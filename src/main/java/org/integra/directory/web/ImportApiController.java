package org.integra.directory.web;

import java.io.IOException;
import java.security.Principal;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.integra.directory.DirectoryCsv;
import org.integra.directory.DirectoryImport;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * CSV import of organizations and people over the API.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Directory", description = "Organizations and people of the network's directory")
class ImportApiController {

	private static final String DESCRIPTION = "Multipart field file: UTF-8 CSV, at most 5 MB and 5000 rows, with a header row. "
			+ "dryRun=true (default) only checks; dryRun=false stores every row if none is wrong, else nothing "
			+ "(answer 422 with the report), unless skipInvalid=true: then the invalid rows are left out and the "
			+ "valid ones stored (skipped tells how many were left out; the report lists them with their line and "
			+ "reason, and so does the import's audit entry). Rows that probably duplicate an existing record or "
			+ "an earlier row are skipped unless includeDuplicates=true. An unreadable file is answered with 400.";

	private static final String SKIP_INVALID = "with dryRun=false: leave the invalid rows out and import the rest";

	private final DirectoryImport imports;

	private final MessageSource messages;

	ImportApiController(DirectoryImport imports, MessageSource messages) {
		this.imports = imports;
		this.messages = messages;
	}

	@PostMapping(path = "/organizations/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Import organizations from CSV",
			description = "Columns: name,kind,country,host_country,host_city,website,notes. " + DESCRIPTION)
	ResponseEntity<Object> importOrganizations(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(defaultValue = "true") String dryRun,
			@RequestParam(required = false) String includeDuplicates,
			@RequestParam(defaultValue = "false") @Parameter(description = SKIP_INVALID) boolean skipInvalid,
			Locale locale, Principal principal) throws IOException {
		return run(DirectoryCsv.Type.ORGANIZATIONS, file, dryRun,
				new DirectoryImport.Applying("true".equals(includeDuplicates), skipInvalid,
						ImportReports.fileName(file), principal.getName(), locale),
				locale);
	}

	@PostMapping(path = "/people/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Import people from CSV",
			description = "Columns: name,position,organization,email,phone,language,notes; organization is "
					+ "matched by its exact name (any accents and case). " + DESCRIPTION)
	ResponseEntity<Object> importPeople(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(defaultValue = "true") String dryRun,
			@RequestParam(required = false) String includeDuplicates,
			@RequestParam(defaultValue = "false") @Parameter(description = SKIP_INVALID) boolean skipInvalid,
			Locale locale, Principal principal) throws IOException {
		return run(DirectoryCsv.Type.PEOPLE, file, dryRun,
				new DirectoryImport.Applying("true".equals(includeDuplicates), skipInvalid,
						ImportReports.fileName(file), principal.getName(), locale),
				locale);
	}

	private ResponseEntity<Object> run(DirectoryCsv.Type type, MultipartFile file, String dryRun,
			DirectoryImport.Applying applying, Locale locale) throws IOException {
		DirectoryCsv.Result read = ImportReports.read(file, type, this.imports);
		if (read.problem() != null) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
					this.messages.getMessage(read.problem(), null, locale));
			problem.setTitle(this.messages.getMessage("api.error.title.400", null, locale));
			return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
		boolean apply = "false".equals(dryRun);
		DirectoryImport.Report report = apply ? this.imports.apply(type, read.rows(), applying)
				: this.imports.dryRun(type, read.rows());
		ImportReports.ReportView view = ImportReports.ReportView.of(report, this.messages, locale);
		return ResponseEntity.status((apply && !report.applied()) ? HttpStatus.UNPROCESSABLE_ENTITY : HttpStatus.OK)
			.body(view);
	}

}
