package org.integra.outreach;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.integra.outreach.ChannelMatrix.Row;
import org.integra.outreach.ChannelMatrix.Use;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChannelMatrixTests {

	static final LocalDate MARCH_1 = LocalDate.of(2017, 3, 1);

	@Test
	void aCandidateWithNoInteractionHasEveryChannelAsAGap() {
		Row row = ChannelMatrix.row(1, List.of());
		assertThat(row.cells()).hasSize(Channel.values().length);
		assertThat(row.gaps()).containsExactly(Channel.values());
		assertThat(row.tripartiteCoverage()).isZero();
		assertThat(row.tripartiteRoutes()).isEqualTo(3);
		assertThat(row.total()).isZero();
		assertThat(row.lastDate()).isNull();
	}

	@Test
	void countsLastDateAndIntermediariesPerChannel() {
		Row row = ChannelMatrix.row(1,
				List.of(new Use(1, Channel.EMBASSY_IN_LA_PAZ, MARCH_1, 10L, null),
						new Use(1, Channel.EMBASSY_IN_LA_PAZ, MARCH_1.plusDays(5), 11L, null),
						new Use(1, Channel.EMBASSY_IN_LA_PAZ, MARCH_1.minusDays(5), 10L, null),
						new Use(1, Channel.MENTOR_CITY, MARCH_1, null, 7L),
						new Use(2, Channel.PORTAL, MARCH_1.plusDays(30), null, null)));
		ChannelMatrix.Cell embassy = row.cell(Channel.EMBASSY_IN_LA_PAZ);
		assertThat(embassy.count()).isEqualTo(3);
		assertThat(embassy.lastDate()).isEqualTo(MARCH_1.plusDays(5));
		assertThat(embassy.intermediaryIds()).containsExactly(11L, 10L);
		assertThat(embassy.isGap()).isFalse();
		assertThat(row.cell(Channel.MENTOR_CITY).mentorCityIds()).containsExactly(7L);
		assertThat(row.cell(Channel.PORTAL).isGap()).as("another city's interaction").isTrue();
		assertThat(row.gaps()).containsExactly(Channel.PARTNER_NETWORK, Channel.BOLIVIAN_EMBASSY,
				Channel.DIRECT_FROM_LA_PAZ, Channel.PRESIDENCY_SECRETARIAT, Channel.PORTAL, Channel.EVENT);
		assertThat(row.total()).isEqualTo(4);
		assertThat(row.lastDate()).isEqualTo(MARCH_1.plusDays(5));
	}

	@Test
	void tripartiteCoverageCountsTheEmbassyAndDirectRoutesOnly() {
		assertThat(coverage(Channel.EMBASSY_IN_LA_PAZ)).isEqualTo(1);
		assertThat(coverage(Channel.EMBASSY_IN_LA_PAZ, Channel.EMBASSY_IN_LA_PAZ)).isEqualTo(1);
		assertThat(coverage(Channel.EMBASSY_IN_LA_PAZ, Channel.BOLIVIAN_EMBASSY)).isEqualTo(2);
		assertThat(coverage(Channel.EMBASSY_IN_LA_PAZ, Channel.BOLIVIAN_EMBASSY, Channel.DIRECT_FROM_LA_PAZ))
			.isEqualTo(3);
		assertThat(
				coverage(Channel.PARTNER_NETWORK, Channel.MENTOR_CITY, Channel.PORTAL, Channel.PRESIDENCY_SECRETARIAT))
			.isZero();
	}

	@Test
	void rowsKeepTheCandidatesOrderAndIncludeThoseWithoutInteractions() {
		Map<Long, Row> rows = ChannelMatrix.rows(List.of(3L, 1L, 2L), List
			.of(new Use(1, Channel.PORTAL, MARCH_1, null, null), new Use(9, Channel.PORTAL, MARCH_1, null, null)));
		assertThat(rows.keySet()).containsExactly(3L, 1L, 2L);
		assertThat(rows.get(1L).total()).isEqualTo(1);
		assertThat(rows.get(3L).total()).isZero();
	}

	private static int coverage(Channel... channels) {
		return ChannelMatrix
			.row(1, java.util.Arrays.stream(channels).map((c) -> new Use(1, c, MARCH_1, null, null)).toList())
			.tripartiteCoverage();
	}

}
