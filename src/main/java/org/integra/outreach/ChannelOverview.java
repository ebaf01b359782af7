package org.integra.outreach;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.integra.cities.CityCatalog;
import org.integra.cities.CitySummary;
import org.integra.directory.DirectoryCatalog;
import org.integra.system.NotFoundException;
import org.integra.system.SearchText;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@link ChannelMatrix} of the candidates the current user may see, one by one or as
 * a grid.
 */
@Service
@Transactional(readOnly = true)
public class ChannelOverview {

	/** How a grid is sorted. */
	public enum GridSort {

		/** By city name, accents ignored. */
		CITY,

		/** Best tripartite coverage first, then by city name. */
		COVERAGE

	}

	/**
	 * A candidate with its city and channel row.
	 *
	 * @param candidate the candidate
	 * @param city its city
	 * @param row its channels
	 */
	public record CandidateChannels(Candidate candidate, CitySummary city, ChannelMatrix.Row row) {
	}

	/**
	 * A page of the grid and the countries the user may filter by.
	 *
	 * @param page the rows
	 * @param countries the countries of the visible candidates, sorted
	 */
	public record Grid(Page<CandidateChannels> page, List<String> countries) {
	}

	private final Pipeline pipeline;

	private final Interactions interactions;

	private final CityCatalog cities;

	private final DirectoryCatalog directory;

	ChannelOverview(Pipeline pipeline, Interactions interactions, CityCatalog cities, DirectoryCatalog directory) {
		this.pipeline = pipeline;
		this.interactions = interactions;
		this.cities = cities;
		this.directory = directory;
	}

	/**
	 * One candidate's channels.
	 * @throws NotFoundException when the city is not a candidate the user may see
	 */
	public CandidateChannels of(long cityId) {
		Candidate candidate = this.pipeline.candidate(cityId)
			.orElseThrow(() -> new NotFoundException("outreach.candidate.notFound", cityId));
		CitySummary city = this.cities.find(cityId)
			.orElseThrow(() -> new NotFoundException("outreach.candidate.notFound", cityId));
		ChannelMatrix.Row row = ChannelMatrix.row(cityId,
				this.interactions.ofCity(cityId).stream().map(ChannelMatrix.Use::of).toList());
		return new CandidateChannels(candidate, city, row);
	}

	/**
	 * Every candidate the user may see, optionally in one stage and one country, sorted.
	 */
	public List<CandidateChannels> all(Stage stage, String countryCode, GridSort sort) {
		List<Candidate> visible = this.pipeline.candidates(stage, Pageable.unpaged()).getContent();
		Map<Long, ChannelMatrix.Row> rows = ChannelMatrix.rows(visible.stream().map(Candidate::getCityId).toList(),
				this.interactions.all().stream().map(ChannelMatrix.Use::of).toList());
		Comparator<CandidateChannels> byName = Comparator
			.comparing((CandidateChannels c) -> SearchText.normalize(c.city().name()))
			.thenComparing((CandidateChannels c) -> c.city().id());
		Comparator<CandidateChannels> order = (sort == GridSort.COVERAGE)
				? Comparator.comparing((CandidateChannels c) -> c.row().tripartiteCoverage(), Comparator.reverseOrder())
					.thenComparing(byName)
				: byName;
		return visible.stream()
			.map((candidate) -> this.cities.find(candidate.getCityId())
				.map((city) -> new CandidateChannels(candidate, city, rows.get(candidate.getCityId()))))
			.flatMap(Optional::stream)
			.filter((c) -> countryCode == null || countryCode.isBlank()
					|| countryCode.strip().equalsIgnoreCase(c.city().countryCode()))
			.sorted(order)
			.toList();
	}

	/**
	 * A page of the grid of the candidates the user may see.
	 */
	public Grid grid(Stage stage, String countryCode, GridSort sort, int page, int size) {
		List<CandidateChannels> visible = all(null, null, sort);
		List<String> countries = List
			.copyOf(new TreeSet<>(visible.stream().map((c) -> c.city().countryCode()).toList()));
		List<CandidateChannels> chosen = visible.stream()
			.filter((c) -> stage == null || c.candidate().getStage() == stage)
			.filter((c) -> countryCode == null || countryCode.isBlank()
					|| countryCode.strip().equalsIgnoreCase(c.city().countryCode()))
			.toList();
		int number = Math.max(0, page);
		int from = Math.min(chosen.size(), number * size);
		int to = Math.min(chosen.size(), from + size);
		return new Grid(new PageImpl<>(chosen.subList(from, to), PageRequest.of(number, size), chosen.size()),
				countries);
	}

	/** The names of the intermediaries and mentor cities named in the rows, by id. */
	public Names names(Collection<ChannelMatrix.Row> rows) {
		Map<Long, String> organizations = new HashMap<>();
		Map<Long, String> cityNames = new HashMap<>();
		for (ChannelMatrix.Row row : rows) {
			for (ChannelMatrix.Cell cell : row.cells()) {
				for (Long id : cell.intermediaryIds()) {
					organizations.computeIfAbsent(id, this::organizationName);
				}
				for (Long id : cell.mentorCityIds()) {
					cityNames.computeIfAbsent(id,
							(key) -> this.cities.find(key).map(CitySummary::name).orElse(Long.toString(key)));
				}
			}
		}
		return new Names(new LinkedHashMap<>(organizations), new LinkedHashMap<>(cityNames));
	}

	private String organizationName(long id) {
		try {
			return this.directory.organization(id).name();
		}
		catch (NotFoundException ex) {
			return Long.toString(id);
		}
	}

	/**
	 * Names to show for the ids in channel rows.
	 *
	 * @param organizations intermediary organizations by id
	 * @param cities mentor cities by id
	 */
	public record Names(Map<Long, String> organizations, Map<Long, String> cities) {

		public String organization(Long id) {
			return this.organizations.getOrDefault(id, String.valueOf(id));
		}

		public String city(Long id) {
			return this.cities.getOrDefault(id, String.valueOf(id));
		}

	}

}
