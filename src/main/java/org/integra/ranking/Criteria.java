package org.integra.ranking;

import java.util.List;
import java.util.Optional;

import org.integra.system.NotFoundException;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Creating, changing and deactivating criteria.
 */
@Service
@Transactional(readOnly = true)
public class Criteria {

	private final CriterionRepository criteria;

	Criteria(CriterionRepository criteria) {
		this.criteria = criteria;
	}

	public List<Criterion> all() {
		return this.criteria.findAllByOrderByCodeAsc();
	}

	public Criterion get(long id) {
		return this.criteria.findById(id).orElseThrow(() -> new NotFoundException("ranking.criterion.notFound", id));
	}

	/** Adds the form's rule violations to {@code errors}. */
	public void check(Long id, CriterionForm form, Errors errors) {
		if (form.getCode() != null) {
			Optional<Criterion> sameCode = this.criteria.findByCodeIgnoreCase(form.getCode().trim());
			if (sameCode.isPresent() && !sameCode.get().getId().equals(id)) {
				errors.rejectValue("code", "ranking.criterion.code.taken");
			}
		}
		Optional<List<CriterionLevel>> levels = CriterionRules.parseLevels(form.getLevels());
		if (levels.isEmpty()) {
			errors.rejectValue("levels", "ranking.criterion.levels.malformed");
			return;
		}
		if (form.getKind() != null && form.getDerivation() != null) {
			CriterionRules.problem(form.getKind(), form.getDerivation(), levels.get())
				.ifPresent((problem) -> errors.rejectValue(problem.contains("derivation") ? "derivation" : "levels",
						problem));
		}
	}

	@Transactional
	public Criterion create(CriterionForm form) {
		Criterion criterion = new Criterion();
		copy(form, criterion);
		return this.criteria.save(criterion);
	}

	@Transactional
	public Criterion update(long id, CriterionForm form) {
		Criterion criterion = get(id);
		if (criterion.getVersion() != form.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(Criterion.class, id);
		}
		copy(form, criterion);
		return this.criteria.saveAndFlush(criterion);
	}

	@Transactional
	public void deactivate(long id) {
		get(id).setActive(false);
	}

	private static void copy(CriterionForm form, Criterion criterion) {
		criterion.setCode(form.getCode().trim());
		criterion.setNames(form.toNames());
		criterion.setKind(form.getKind());
		criterion.setDirection(form.getDirection());
		criterion.setUnit(blankToNull(form.getUnit()));
		criterion.setDerivation(form.getDerivation());
		criterion.setDerivationParameters(blankToNull(form.getDerivationParameters()));
		criterion.setScoring(form.isScoring());
		criterion.setActive(form.isActive());
		criterion.setLevels(CriterionRules.parseLevels(form.getLevels()).orElseThrow());
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.trim();
	}

}
