package org.integra.ranking;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.integra.system.NotFoundException;
import org.integra.system.SearchText;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Scoring models and their versions. Saving a model never changes a version: it adds the
 * next one, with its author and time, and makes it current.
 */
@Service
@Transactional(readOnly = true)
public class ScoringModels {

	private final ScoringModelRepository models;

	private final ScoringModelVersionRepository versions;

	private final CriterionRepository criteria;

	private final Clock clock;

	ScoringModels(ScoringModelRepository models, ScoringModelVersionRepository versions, CriterionRepository criteria,
			Clock clock) {
		this.models = models;
		this.versions = versions;
		this.criteria = criteria;
		this.clock = clock;
	}

	public List<ScoringModel> all() {
		return this.models.findAllByOrderByNameAsc();
	}

	public ScoringModel get(long modelId) {
		return this.models.findById(modelId)
			.orElseThrow(() -> new NotFoundException("ranking.model.notFound", modelId));
	}

	/** The model shown when none is chosen: the first by name. */
	public ScoringModel first() {
		return all().stream().findFirst().orElseThrow(() -> new NotFoundException("ranking.model.none", 0));
	}

	public ScoringModelVersion current(long modelId) {
		return version(modelId, get(modelId).getCurrentNumber());
	}

	public ScoringModelVersion version(long modelId, int number) {
		return this.versions.findByModelIdAndNumber(modelId, number)
			.orElseThrow(() -> new NotFoundException("ranking.model.version.notFound", number));
	}

	public ScoringModelVersion versionById(long versionId) {
		return this.versions.findById(versionId)
			.orElseThrow(() -> new NotFoundException("ranking.model.version.notFound", versionId));
	}

	/** Newest first. */
	public List<ScoringModelVersion> versions(long modelId) {
		get(modelId);
		return this.versions.findByModelIdOrderByNumberDesc(modelId);
	}

	/**
	 * The criteria a model may weigh: active scoring criteria, by id.
	 */
	public List<Criterion> weighableCriteria() {
		return this.criteria.findByActiveTrueOrderByIdAsc().stream().filter(Criterion::isScoring).toList();
	}

	/** Adds the form's rule violations to {@code errors}. */
	public void check(Long modelId, ScoringModelForm form, Errors errors) {
		if (form.getName() != null && !form.getName().isBlank()) {
			String key = SearchText.normalize(form.getName());
			boolean taken = this.models.findAll()
				.stream()
				.anyMatch(
						(other) -> !other.getId().equals(modelId) && SearchText.normalize(other.getName()).equals(key));
			if (taken) {
				errors.rejectValue("name", "ranking.model.name.taken");
			}
		}
		Set<Long> allowed = weighableCriteria().stream().map(Criterion::getId).collect(Collectors.toSet());
		if (form.getWeights().keySet().stream().anyMatch((id) -> !allowed.contains(id))) {
			errors.rejectValue("weights", "ranking.model.weights.unknownCriterion");
			return;
		}
		ModelWeights.problem(form.getWeights()).ifPresent((problem) -> errors.rejectValue("weights", problem));
	}

	@Transactional
	public ScoringModel create(ScoringModelForm form, String user) {
		ScoringModel model = this.models.saveAndFlush(new ScoringModel(form.getName().trim(),
				blankToNull(form.getDescription()), user, this.clock.instant()));
		addVersion(model, form, user);
		return model;
	}

	/**
	 * Saves the form as the model's next version.
	 * @throws ObjectOptimisticLockingFailureException if someone saved the model since
	 * the form was loaded
	 */
	@Transactional
	public ScoringModelVersion save(long modelId, ScoringModelForm form, String user) {
		ScoringModel model = get(modelId);
		if (model.getVersion() != form.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(ScoringModel.class, modelId);
		}
		model.rename(form.getName().trim(), blankToNull(form.getDescription()));
		return addVersion(model, form, user);
	}

	private ScoringModelVersion addVersion(ScoringModel model, ScoringModelForm form, String user) {
		Map<Long, BigDecimal> ordered = new LinkedHashMap<>();
		form.getWeights()
			.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.forEach((entry) -> ordered.put(entry.getKey(), entry.getValue()));
		ScoringModelVersion version = new ScoringModelVersion(model.getId(), model.nextNumber(), form.getMethod(),
				new EligibilityRules(form.isExcludeMembers(), form.getCountryRule()), ModelWeights.asGiven(ordered),
				blankToNull(form.getNote()), user, this.clock.instant());
		this.models.saveAndFlush(model);
		return this.versions.saveAndFlush(version);
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.trim();
	}

}
