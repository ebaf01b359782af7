package org.integra.cities.web;

import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.Page;

/**
 * One page of a list, as the API shows it; {@code page} starts at 1.
 */
record PageDto<T>(List<T> items, int page, int size, long totalElements, int totalPages) {

	static <E, T> PageDto<T> of(Page<E> page, Function<E, T> mapper) {
		return new PageDto<>(page.getContent().stream().map(mapper).toList(), page.getNumber() + 1, page.getSize(),
				page.getTotalElements(), page.getTotalPages());
	}

}
