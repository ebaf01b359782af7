package org.integra.cities.web;

import java.security.Principal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.integra.cities.geonames.DryRun;
import org.integra.cities.geonames.GeonamesFileRefusedException;
import org.integra.cities.geonames.GeonamesImport;
import org.integra.cities.geonames.GeonamesProblem;
import org.integra.cities.geonames.ImportJob;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/imports/geonames")
@Tag(name = "GeoNames import",
		description = "Imports cities from a GeoNames dump (data from geonames.org, CC BY 4.0). ADMIN only.")
class GeonamesApiController {

	static final List<String> DEFAULT_COUNTRIES = List.of("PE", "EC", "CO", "PA", "BO");

	private final GeonamesImport imports;

	private final MessageSource messages;

	GeonamesApiController(GeonamesImport imports, MessageSource messages) {
		this.imports = imports;
		this.messages = messages;
	}

	@PostMapping
	@Operation(summary = "Check or apply a GeoNames dump",
			description = "file: cities500/1000/5000/15000.txt or its .zip (tab-separated, UTF-8, 19 columns); "
					+ "countries: ISO codes (default PE, EC, CO, PA, BO); mode: dry-run (default) tells what would "
					+ "change and keeps the file with a job, apply writes everything or nothing. With mode=apply "
					+ "and jobId, a job checked before is applied. A dry run reports every bad line (problemCount, "
					+ "invalidRows, the first 100 problems by line); applying a file with bad lines gives a 400 "
					+ "problem listing them, unless skipInvalid=true leaves them out and imports the rest. "
					+ "unknownCountries lists the countries of the file that Integra does not know, with their "
					+ "number of places; samples tell how each row was matched (matchedBy).")
	ResponseEntity<ImportResultDto> upload(@RequestParam(required = false) MultipartFile file,
			@RequestParam(required = false) List<String> countries,
			@RequestParam(defaultValue = "dry-run") @Parameter(description = "dry-run or apply") String mode,
			@RequestParam(required = false) Long jobId,
			@RequestParam(defaultValue = "false") @Parameter(
					description = "with mode=apply: leave the invalid rows out and import the rest") boolean skipInvalid,
			Principal principal) {
		boolean apply = switch (mode) {
			case "dry-run" -> false;
			case "apply" -> true;
			default -> throw new GeonamesFileRefusedException(new GeonamesProblem(0, "geonames.problem.mode", mode));
		};
		if (apply && jobId != null) {
			return ResponseEntity.ok(result(this.imports.apply(jobId, principal.getName(), skipInvalid), null));
		}
		if (file == null || file.isEmpty()) {
			throw new GeonamesFileRefusedException(new GeonamesProblem(0, "geonames.problem.empty"));
		}
		List<String> chosen = (countries == null || countries.isEmpty()) ? DEFAULT_COUNTRIES : countries;
		DryRun dryRun = this.imports.dryRun(file.getOriginalFilename(), file, file.getSize(),
				new LinkedHashSet<>(chosen), principal.getName());
		if (!apply) {
			return ResponseEntity.ok(result(dryRun.job(), dryRun));
		}
		return ResponseEntity
			.ok(result(this.imports.apply(dryRun.job().id(), principal.getName(), skipInvalid), dryRun));
	}

	@GetMapping("/{jobId}")
	@Operation(summary = "State and progress of an import job")
	ImportResultDto job(@PathVariable long jobId) {
		return result(this.imports.job(jobId), null);
	}

	private ImportResultDto result(ImportJob job, DryRun dryRun) {
		return ImportResultDto.of(job, dryRun, problems(job.problems(), LocaleContextHolder.getLocale()));
	}

	private List<Map<String, Object>> problems(List<GeonamesProblem> problems, Locale locale) {
		return problems.stream().map((problem) -> problem.localized(this.messages, locale)).toList();
	}

	/**
	 * An import job and, after a dry run, what it would do.
	 */
	record ImportResultDto(long jobId, String status, String fileName, List<String> countries, int totalRows,
			int processedRows, int newCount, int updatedCount, int unchangedCount, long invalidRows, long problemCount,
			List<Map<String, Object>> problems, long skippedRows, Map<String, List<DryRun.Sample>> samples,
			Map<String, Integer> unknownCountries, String credit) {

		static ImportResultDto of(ImportJob job, DryRun dryRun, List<Map<String, Object>> problems) {
			Map<String, List<DryRun.Sample>> samples = null;
			if (dryRun != null) {
				samples = new java.util.LinkedHashMap<>();
				for (var entry : dryRun.samples().entrySet()) {
					samples.put(entry.getKey().name(), entry.getValue());
				}
			}
			return new ImportResultDto(job.id(), job.status().name(), job.fileName(), job.countries(), job.totalRows(),
					job.processedRows(), job.newCount(), job.updatedCount(), job.unchangedCount(), job.invalidRows(),
					job.problemCount(), problems, job.skippedRows(), samples,
					(dryRun != null) ? dryRun.unknownCountries() : null,
					"Data from GeoNames (geonames.org), CC BY 4.0");
		}

	}

}
