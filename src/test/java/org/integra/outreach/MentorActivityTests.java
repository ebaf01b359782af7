package org.integra.outreach;

import java.time.LocalDate;
import java.util.List;

import org.integra.outreach.ChannelMatrix.Use;
import org.integra.outreach.MentorActivity.Mentor;
import org.integra.outreach.MentorActivity.Pair;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MentorActivityTests {

	static final LocalDate TODAY = LocalDate.of(2017, 6, 30);

	@Test
	void countsOnlyMentorChannelInteractionsWithThatMentor() {
		List<Mentor> mentors = MentorActivity.of(List.of(new Pair(1, 10), new Pair(2, 10), new Pair(1, 20)),
				List.of(new Use(1, Channel.MENTOR_CITY, TODAY.minusDays(3), null, 10L),
						new Use(1, Channel.MENTOR_CITY, TODAY.minusDays(90), null, 10L),
						new Use(2, Channel.MENTOR_CITY, TODAY.minusDays(1), null, 20L),
						new Use(2, Channel.PORTAL, TODAY, null, null)),
				TODAY);
		assertThat(mentors).extracting(Mentor::mentorCityId).containsExactly(10L, 20L);
		Mentor first = mentors.get(0);
		assertThat(first.interactions()).isEqualTo(2);
		assertThat(first.lastDate()).isEqualTo(TODAY.minusDays(3));
		assertThat(first.quiet()).isFalse();
		assertThat(first.candidates()).extracting(MentorActivity.CandidateActivity::interactions).containsExactly(2, 0);
		Mentor second = mentors.get(1);
		assertThat(second.interactions()).as("its interaction was with a candidate it does not mentor").isZero();
		assertThat(second.quiet()).isTrue();
	}

	@Test
	void quietAfterSixtyDays() {
		assertThat(lastActivityQuiet(TODAY.minusDays(60))).isFalse();
		assertThat(lastActivityQuiet(TODAY.minusDays(61))).isTrue();
	}

	private static boolean lastActivityQuiet(LocalDate date) {
		return MentorActivity
			.of(List.of(new Pair(1, 10)), List.of(new Use(1, Channel.MENTOR_CITY, date, null, 10L)), TODAY)
			.get(0)
			.quiet();
	}

}
