package org.integra.system;

import java.util.List;
import java.util.function.Function;

import io.swagger.v3.oas.annotations.media.Schema;

import org.springframework.data.domain.Page;

/**
 * One page of a list, as every list endpoint of the API answers it. Endpoints that tell
 * more about the list (the ranking, the outbox) put their own fields beside these five,
 * with the same names and meaning.
 *
 * @param <T> what the list holds
 * @param items the items of this page
 * @param page the page number, from 0
 * @param size the items per page asked for; for a list answered whole, how many it holds
 * @param totalItems how many items there are on all pages
 * @param totalPages how many pages they fill; 0 when there are none
 */
@Schema(description = "One page of a list: items, page (from 0), size, totalItems, totalPages. "
		+ "A list answered whole is page 0 of 1.")
public record ApiPage<T>(@Schema(description = "The items of this page") List<T> items,
		@Schema(description = "Page number, from 0", example = "0") int page,
		@Schema(description = "Items per page asked for; for a list answered whole, how many it holds",
				example = "50") int size,
		@Schema(description = "How many items there are on all pages", example = "120") long totalItems,
		@Schema(description = "How many pages they fill (0 when there are no items)", example = "3") int totalPages) {

	public ApiPage {
		items = List.copyOf(items);
	}

	/** A page read from the database, its items shown through {@code mapper}. */
	public static <E, T> ApiPage<T> of(Page<E> page, Function<? super E, ? extends T> mapper) {
		return new ApiPage<>(page.getContent().stream().<T>map(mapper).toList(), page.getNumber(), page.getSize(),
				page.getTotalElements(), pages(page.getTotalElements(), page.getSize()));
	}

	/** A page of which the caller counted the total. */
	public static <T> ApiPage<T> of(List<T> items, int page, int size, long totalItems) {
		return new ApiPage<>(items, page, size, totalItems, pages(totalItems, size));
	}

	/** A list answered whole, as its only page. */
	public static <T> ApiPage<T> all(List<T> items) {
		return of(items, 0, items.size(), items.size());
	}

	/**
	 * Page {@code page} of {@code size} items of a list held in memory; a page beyond the
	 * last one is empty.
	 */
	public static <T> ApiPage<T> slice(List<T> all, int page, int size) {
		int from = (int) Math.min((long) page * size, all.size());
		int to = (int) Math.min((long) from + size, all.size());
		return of(all.subList(from, to), page, size, all.size());
	}

	/** How many pages of {@code size} items {@code totalItems} fill. */
	public static int pages(long totalItems, int size) {
		if (size <= 0 || totalItems <= 0) {
			return 0;
		}
		return (int) Math.min(Integer.MAX_VALUE, (totalItems + size - 1) / size);
	}

	/** The same page with its items shown through {@code mapper}. */
	public <R> ApiPage<R> map(Function<? super T, ? extends R> mapper) {
		return new ApiPage<>(this.items.stream().<R>map(mapper).toList(), this.page, this.size, this.totalItems,
				this.totalPages);
	}

}
