package org.integra.outreach;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which routes reached each candidate: per channel, how many interactions, the last one's
 * date and the intermediaries used; the channels never used (gaps); and how many of the
 * plan's three tripartite embassy routes were used (action 3).
 */
public final class ChannelMatrix {

	/** How many routes the tripartite embassy approach has. */
	public static final int TRIPARTITE_ROUTES = Channel.TRIPARTITE.size();

	private ChannelMatrix() {
	}

	/**
	 * One interaction as the matrix needs it.
	 *
	 * @param cityId the candidate city
	 * @param channel the route used
	 * @param occurredOn when
	 * @param intermediaryId the organization that carried it, if any
	 * @param mentorCityId the mentor city, for the mentor-city channel
	 */
	public record Use(long cityId, Channel channel, LocalDate occurredOn, Long intermediaryId, Long mentorCityId) {

		public static Use of(Interaction interaction) {
			return new Use(interaction.getCityId(), interaction.getChannel(), interaction.getOccurredOn(),
					interaction.getIntermediaryId(), interaction.getMentorCityId());
		}

	}

	/**
	 * One channel of one candidate.
	 *
	 * @param channel the route
	 * @param count how many interactions went through it
	 * @param lastDate the date of the latest, {@code null} when none
	 * @param intermediaryIds the organizations that carried them, latest first
	 * @param mentorCityIds the mentor cities that carried them, latest first
	 */
	public record Cell(Channel channel, int count, LocalDate lastDate, List<Long> intermediaryIds,
			List<Long> mentorCityIds) {

		/** A route never used for this candidate. */
		public boolean isGap() {
			return this.count == 0;
		}

	}

	/**
	 * Every channel of one candidate, in the order of {@link Channel}.
	 *
	 * @param cityId the candidate city
	 * @param cells one per channel
	 */
	public record Row(long cityId, List<Cell> cells) {

		public Cell cell(Channel channel) {
			return this.cells.get(channel.ordinal());
		}

		/** The channels never used, in the order of {@link Channel}. */
		public List<Channel> gaps() {
			return this.cells.stream().filter(Cell::isGap).map(Cell::channel).toList();
		}

		/** How many of the {@link #TRIPARTITE_ROUTES} tripartite routes were used. */
		public int tripartiteCoverage() {
			return (int) this.cells.stream().filter((cell) -> cell.channel().isTripartite() && !cell.isGap()).count();
		}

		public int tripartiteRoutes() {
			return TRIPARTITE_ROUTES;
		}

		/** Interactions over every channel. */
		public int total() {
			return this.cells.stream().mapToInt(Cell::count).sum();
		}

		/** The latest interaction's date over every channel, {@code null} when none. */
		public LocalDate lastDate() {
			return this.cells.stream()
				.map(Cell::lastDate)
				.filter((date) -> date != null)
				.max(Comparator.naturalOrder())
				.orElse(null);
		}

	}

	/** The row of one candidate; uses of other cities are ignored. */
	public static Row row(long cityId, Collection<Use> uses) {
		return rows(List.of(cityId), uses).get(cityId);
	}

	/**
	 * The rows of the given candidates, in their order; uses of other cities are ignored.
	 */
	public static Map<Long, Row> rows(Collection<Long> cityIds, Collection<Use> uses) {
		Map<Long, List<Use>> byCity = new LinkedHashMap<>();
		cityIds.forEach((id) -> byCity.put(id, new ArrayList<>()));
		for (Use use : uses) {
			List<Use> list = byCity.get(use.cityId());
			if (list != null && use.channel() != null) {
				list.add(use);
			}
		}
		Map<Long, Row> rows = new LinkedHashMap<>();
		byCity.forEach((id, list) -> rows.put(id, build(id, list)));
		return rows;
	}

	private static Row build(long cityId, List<Use> uses) {
		List<Use> latestFirst = new ArrayList<>(uses);
		latestFirst.sort(Comparator.comparing(Use::occurredOn, Comparator.nullsLast(Comparator.reverseOrder())));
		List<Cell> cells = new ArrayList<>();
		for (Channel channel : Channel.values()) {
			int count = 0;
			LocalDate last = null;
			Set<Long> intermediaries = new LinkedHashSet<>();
			Set<Long> mentors = new LinkedHashSet<>();
			for (Use use : latestFirst) {
				if (use.channel() != channel) {
					continue;
				}
				count++;
				if (use.occurredOn() != null && (last == null || use.occurredOn().isAfter(last))) {
					last = use.occurredOn();
				}
				if (use.intermediaryId() != null) {
					intermediaries.add(use.intermediaryId());
				}
				if (use.mentorCityId() != null) {
					mentors.add(use.mentorCityId());
				}
			}
			cells.add(new Cell(channel, count, last, List.copyOf(intermediaries), List.copyOf(mentors)));
		}
		return new Row(cityId, List.copyOf(cells));
	}

}
