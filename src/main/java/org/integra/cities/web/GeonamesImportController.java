package org.integra.cities.web;

import java.security.Principal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.integra.cities.Cities;
import org.integra.cities.geonames.DryRun;
import org.integra.cities.geonames.GeonamesFileRefusedException;
import org.integra.cities.geonames.GeonamesImport;
import org.integra.cities.geonames.GeonamesProblem;
import org.integra.cities.geonames.ImportJob;
import org.integra.system.UploadLimit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The admin's GeoNames import: upload and countries, dry run, apply, progress.
 */
@Controller
@RequestMapping("/admin/imports/geonames")
class GeonamesImportController {

	private static final Logger log = LoggerFactory.getLogger(GeonamesImportController.class);

	private final GeonamesImport imports;

	private final Cities cities;

	private final TaskExecutor executor;

	private final UploadLimit uploadLimit;

	GeonamesImportController(GeonamesImport imports, Cities cities,
			@Qualifier("applicationTaskExecutor") TaskExecutor executor, UploadLimit uploadLimit) {
		this.imports = imports;
		this.cities = cities;
		this.executor = executor;
		this.uploadLimit = uploadLimit;
	}

	@GetMapping
	String form(@RequestParam(required = false) String tooLarge, Model model) {
		model.addAttribute("countries", this.cities.countries());
		model.addAttribute("chosen", Set.copyOf(GeonamesApiController.DEFAULT_COUNTRIES));
		if (tooLarge != null) {
			model.addAttribute("problems",
					List.of(new GeonamesProblem(0, "geonames.problem.tooLarge", this.uploadLimit.label())));
		}
		return "cities/geonames-form";
	}

	@PostMapping
	String dryRun(@RequestParam(required = false) MultipartFile file,
			@RequestParam(required = false) List<String> countries, Principal principal, Model model) {
		Set<String> chosen = new LinkedHashSet<>((countries != null) ? countries : List.of());
		try {
			if (file == null || file.isEmpty()) {
				throw new GeonamesFileRefusedException(new GeonamesProblem(0, "geonames.problem.empty"));
			}
			DryRun dryRun = this.imports.dryRun(file.getOriginalFilename(), file, file.getSize(), chosen,
					principal.getName());
			model.addAttribute("dryRun", dryRun);
			model.addAttribute("job", dryRun.job());
			return "cities/geonames-dry-run";
		}
		catch (GeonamesFileRefusedException ex) {
			model.addAttribute("countries", this.cities.countries());
			model.addAttribute("chosen", chosen);
			model.addAttribute("problems", ex.getProblems());
			model.addAttribute("problemCount", ex.getProblemCount());
			return "cities/geonames-form";
		}
	}

	/**
	 * Applies a checked job in the background: all or nothing, or, with
	 * {@code skipInvalid}, without its bad lines. A job with bad lines is applied only
	 * without them.
	 */
	@PostMapping("/{jobId}/apply")
	String apply(@PathVariable long jobId, @RequestParam(defaultValue = "false") boolean skipInvalid,
			Principal principal) {
		ImportJob job = this.imports.job(jobId);
		if (job.status() == ImportJob.Status.CHECKED && (skipInvalid || !job.hasInvalidRows())) {
			String username = principal.getName();
			this.executor.execute(() -> {
				try {
					this.imports.apply(jobId, username, skipInvalid);
				}
				catch (RuntimeException ex) {
					log.warn("GeoNames import {} failed", jobId, ex);
				}
			});
		}
		return "redirect:/admin/imports/geonames/" + jobId;
	}

	@GetMapping("/{jobId}")
	String job(@PathVariable long jobId, Model model) {
		model.addAttribute("job", this.imports.job(jobId));
		return "cities/geonames-job";
	}

	@GetMapping("/{jobId}/progress")
	String progress(@PathVariable long jobId, Model model) {
		model.addAttribute("job", this.imports.job(jobId));
		return "cities/geonames-job :: progress";
	}

}
