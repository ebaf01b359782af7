package org.integra.directory;

import java.time.LocalDate;
import java.util.List;

import org.integra.directory.RelationshipRules.Choice;
import org.integra.directory.RelationshipRules.Link;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RelationshipRulesTests {

	static final LocalDate JAN_2016 = LocalDate.of(2016, 1, 1);

	static final LocalDate DEC_2016 = LocalDate.of(2016, 12, 31);

	static final LocalDate JAN_2017 = LocalDate.of(2017, 1, 1);

	@Test
	void noOrganizationRelatesToItself() {
		assertThat(RelationshipRules.isSelf(1, 1)).isTrue();
		assertThat(RelationshipRules.isSelf(1, 2)).isFalse();
	}

	@Test
	void endMayEqualStartButNotPrecedeIt() {
		assertThat(RelationshipRules.endsBeforeStart(JAN_2017, DEC_2016)).isTrue();
		assertThat(RelationshipRules.endsBeforeStart(JAN_2016, JAN_2016)).isFalse();
		assertThat(RelationshipRules.endsBeforeStart(null, DEC_2016)).isFalse();
		assertThat(RelationshipRules.endsBeforeStart(JAN_2016, null)).isFalse();
	}

	@Test
	void missingDatesAreOpenPeriods() {
		assertThat(RelationshipRules.overlaps(null, null, JAN_2016, DEC_2016)).isTrue();
		assertThat(RelationshipRules.overlaps(JAN_2016, DEC_2016, JAN_2017, null)).isFalse();
		assertThat(RelationshipRules.overlaps(JAN_2016, DEC_2016, DEC_2016, null)).isTrue();
		assertThat(RelationshipRules.overlaps(JAN_2017, null, null, DEC_2016)).isFalse();
	}

	@Test
	void sameRelationshipForAnOverlappingPeriodIsADuplicate() {
		Link existing = new Link(1, RelationshipKind.MEMBER_OF, 2, JAN_2016, DEC_2016);
		assertThat(RelationshipRules.isDuplicate(new Link(1, RelationshipKind.MEMBER_OF, 2, null, null),
				List.of(existing)))
			.isTrue();
		assertThat(RelationshipRules.isDuplicate(new Link(1, RelationshipKind.MEMBER_OF, 2, JAN_2017, null),
				List.of(existing)))
			.as("a later period is a new membership")
			.isFalse();
		assertThat(RelationshipRules.isDuplicate(new Link(2, RelationshipKind.MEMBER_OF, 1, null, null),
				List.of(existing)))
			.as("the other way round is another relationship")
			.isFalse();
		assertThat(
				RelationshipRules.isDuplicate(new Link(1, RelationshipKind.PART_OF, 2, null, null), List.of(existing)))
			.isFalse();
	}

	@Test
	void symmetricKindsAreTheSameEitherWay() {
		Link existing = new Link(1, RelationshipKind.PARTNER_OF, 2, null, null);
		assertThat(RelationshipRules.isDuplicate(new Link(2, RelationshipKind.PARTNER_OF, 1, null, null),
				List.of(existing)))
			.isTrue();
	}

	@Test
	void repointingReplacesEitherSide() {
		Link link = new Link(5, RelationshipKind.MEMBER_OF, 7, JAN_2016, null);
		assertThat(link.repointed(5, 9)).isEqualTo(new Link(9, RelationshipKind.MEMBER_OF, 7, JAN_2016, null));
		assertThat(link.repointed(7, 9)).isEqualTo(new Link(5, RelationshipKind.MEMBER_OF, 9, JAN_2016, null));
		assertThat(link.repointed(3, 9)).isEqualTo(link);
	}

	@Test
	void endedMeansTheEndDateHasPassed() {
		assertThat(RelationshipRules.hasEnded(DEC_2016, JAN_2017)).isTrue();
		assertThat(RelationshipRules.hasEnded(JAN_2017, JAN_2017)).isFalse();
		assertThat(RelationshipRules.hasEnded(null, JAN_2017)).isFalse();
	}

	@Test
	void choicesOfferBothDirectionsExceptForSymmetricKinds() {
		List<String> values = RelationshipRules.choices().stream().map(Choice::value).toList();
		assertThat(values).contains("MEMBER_OF", "MEMBER_OF-inverse", "PART_OF-inverse", "PARTNER_OF")
			.doesNotContain("PARTNER_OF-inverse")
			.hasSize(11);
		assertThat(RelationshipRules.parseChoice("COORDINATES-inverse"))
			.contains(new Choice(RelationshipKind.COORDINATES, true));
		assertThat(RelationshipRules.parseChoice("PARTNER_OF-inverse")).isEmpty();
		assertThat(RelationshipRules.parseChoice("<script>")).isEmpty();
		assertThat(RelationshipRules.parseChoice(null)).isEmpty();
	}

	@Test
	void notesLoseNulAndSurroundingBlanks() {
		assertThat(RelationshipRules.cleanNote("  a\u0000b \n")).isEqualTo("ab");
		assertThat(RelationshipRules.cleanNote(" \u0000 ")).isNull();
		assertThat(RelationshipRules.cleanNote(null)).isNull();
	}

}
