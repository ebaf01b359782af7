package org.integra.system;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;

class ApiPageTests {

	@Test
	void aDatabasePageKeepsItsNumberFromZeroAndCountsItsTotal() {
		ApiPage<String> page = ApiPage.of(new PageImpl<>(List.of(3, 4), PageRequest.of(1, 2), 5), String::valueOf);
		assertThat(page).isEqualTo(new ApiPage<>(List.of("3", "4"), 1, 2, 5, 3));
	}

	@Test
	void aWholeListIsPageZeroOfOne() {
		assertThat(ApiPage.all(List.of("a", "b", "c"))).isEqualTo(new ApiPage<>(List.of("a", "b", "c"), 0, 3, 3, 1));
		assertThat(ApiPage.all(List.of())).isEqualTo(new ApiPage<>(List.of(), 0, 0, 0, 0));
	}

	@Test
	void slicesAListHeldInMemory() {
		List<Integer> all = List.of(1, 2, 3, 4, 5);
		assertThat(ApiPage.slice(all, 0, 2)).isEqualTo(new ApiPage<>(List.of(1, 2), 0, 2, 5, 3));
		assertThat(ApiPage.slice(all, 2, 2)).isEqualTo(new ApiPage<>(List.of(5), 2, 2, 5, 3));
		assertThat(ApiPage.slice(all, 3, 2).items()).isEmpty();
		assertThat(ApiPage.slice(all, Integer.MAX_VALUE, 500).items()).isEmpty();
	}

	@Test
	void countsPagesWithoutOverflow() {
		assertThat(ApiPage.pages(0, 50)).isZero();
		assertThat(ApiPage.pages(50, 50)).isEqualTo(1);
		assertThat(ApiPage.pages(51, 50)).isEqualTo(2);
		assertThat(ApiPage.pages(Long.MAX_VALUE, 1)).isEqualTo(Integer.MAX_VALUE);
	}

	@Test
	void mapsItsItemsKeepingTheCounts() {
		assertThat(ApiPage.of(List.of(1), 4, 1, 9).map((n) -> n * 10))
			.isEqualTo(new ApiPage<>(List.of(10), 4, 1, 9, 9));
	}

}
