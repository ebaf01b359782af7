package org.integra.ranking.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.integra.ranking.CandidateRanking;
import org.integra.ranking.Criteria;
import org.integra.ranking.Criterion;
import org.integra.ranking.RankedCity;
import org.integra.ranking.RankingView;
import org.integra.ranking.ScoringModel;
import org.integra.ranking.ScoringModelVersion;
import org.integra.ranking.ScoringModels;
import org.integra.ranking.engine.RankComparison;

import org.springframework.stereotype.Component;

/**
 * Puts two scoring model versions side by side, for the comparison page and the API:
 * their settings, their weights per criterion and their rankings of eligible cities.
 */
@Component
class ModelComparisons {

	/** The sizes of top a person may choose. */
	static final List<Integer> TOPS = List.of(10, 25, 50, 100, 200, 500);

	static final int DEFAULT_TOP = 50;

	/**
	 * One side: the model, the version and its ranking, or the message key of why it
	 * cannot rank.
	 */
	record Side(ScoringModel model, ScoringModelVersion version, RankingView view, String problem) {

		public boolean ranked() {
			return this.view != null;
		}

		/** Short: the ranking of 50,000 cities is not written out. */
		@Override
		public String toString() {
			return "Side[model=" + this.model.getId() + ", version=" + this.version.getId() + ", ranked="
					+ (ranked() ? this.view.result().ranked().size() : this.problem) + "]";
		}

	}

	/**
	 * A criterion's weight on both sides, in percent (0 when a side does not weigh it).
	 */
	record WeightRow(Criterion criterion, BigDecimal left, BigDecimal right) {

		public boolean differs() {
			return this.left.compareTo(this.right) != 0;
		}

	}

	/** A version among the ones a person may pick. */
	record Choice(ScoringModel model, List<ScoringModelVersion> versions) {

	}

	record Comparison(Side left, Side right, List<WeightRow> weights, RankComparison.Result ranking) {

		/** Short: the rankings are not written out. */
		@Override
		public String toString() {
			return "Comparison[left=" + this.left + ", right=" + this.right + ", rows="
					+ ((this.ranking != null) ? this.ranking.rows().size() : 0) + "]";
		}

		public boolean methodDiffers() {
			return this.left.version().getMethod() != this.right.version().getMethod();
		}

		public boolean membersDiffer() {
			return this.left.version().isExcludeMembers() != this.right.version().isExcludeMembers();
		}

		public boolean countriesDiffer() {
			return this.left.version().getCountryRule() != this.right.version().getCountryRule();
		}

		public boolean sameModel() {
			return this.left.model().getId().equals(this.right.model().getId());
		}

		/** The city of a row, from whichever side ranked it. */
		public Optional<RankedCity> city(RankComparison.Row row) {
			RankedCity city = null;
			if (row.rankedRight()) {
				city = this.right.view().cities().get(row.alternativeId());
			}
			if (city == null && row.rankedLeft()) {
				city = this.left.view().cities().get(row.alternativeId());
			}
			return Optional.ofNullable(city);
		}

		/** The country code of a row's city, or an empty text. */
		public String countryOf(RankComparison.Row row) {
			return city(row).map(RankedCity::countryCode).orElse("");
		}

		/** How many cities changed this way (a {@link RankComparison.Change} name). */
		public int count(String change) {
			return (this.ranking == null) ? 0 : this.ranking.count(RankComparison.Change.valueOf(change));
		}

		/** Whether nothing in the settings or weights differs. */
		public boolean sameSettings() {
			return !methodDiffers() && !membersDiffer() && !countriesDiffer()
					&& this.weights.stream().noneMatch(WeightRow::differs);
		}

	}

	private final ScoringModels models;

	private final CandidateRanking ranking;

	private final Criteria criteria;

	ModelComparisons(ScoringModels models, CandidateRanking ranking, Criteria criteria) {
		this.models = models;
		this.ranking = ranking;
		this.criteria = criteria;
	}

	/** The size of top asked for, or the default when it is not one of {@link #TOPS}. */
	static int top(Integer asked) {
		return (asked != null && TOPS.contains(asked)) ? asked : DEFAULT_TOP;
	}

	/**
	 * Compares two versions by id.
	 * @throws org.integra.system.NotFoundException if a version does not exist
	 */
	Comparison compare(long leftVersionId, long rightVersionId, int top) {
		Side left = side(this.models.versionById(leftVersionId));
		Side right = side(this.models.versionById(rightVersionId));
		Map<Long, Criterion> byId = criteria().stream()
			.collect(Collectors.toMap(Criterion::getId, Function.identity()));
		TreeSet<Long> ids = new TreeSet<>(left.version().getWeights().keySet());
		ids.addAll(right.version().getWeights().keySet());
		List<WeightRow> weights = new ArrayList<>();
		for (Long id : ids) {
			Criterion criterion = byId.get(id);
			if (criterion != null) {
				weights
					.add(new WeightRow(criterion, left.version().getPercentWeights().getOrDefault(id, BigDecimal.ZERO),
							right.version().getPercentWeights().getOrDefault(id, BigDecimal.ZERO)));
			}
		}
		RankComparison.Result ranking = (left.ranked() && right.ranked())
				? RankComparison.compare(left.view().result(), right.view().result(), top) : null;
		return new Comparison(left, right, weights, ranking);
	}

	/** Every criterion, active or not, for the names of weighed criteria. */
	List<Criterion> criteria() {
		return this.criteria.all();
	}

	/** Every model with its versions (newest first), for choosing what to compare. */
	List<Choice> choices() {
		return this.models.all()
			.stream()
			.map((model) -> new Choice(model, this.models.versions(model.getId())))
			.toList();
	}

	private Side side(ScoringModelVersion version) {
		ScoringModel model = this.models.get(version.getModelId());
		try {
			return new Side(model, version, this.ranking.rank(version), null);
		}
		catch (IllegalArgumentException ex) {
			return new Side(model, version, null, ex.getMessage());
		}
	}

}
