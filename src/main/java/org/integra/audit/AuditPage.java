package org.integra.audit;

import java.util.List;

/**
 * One page of audit entries.
 *
 * @param entries the entries of this page
 * @param page the page number, from 0
 * @param size the page size asked for
 * @param totalElements how many entries match in all
 * @param totalPages how many pages they fill
 */
public record AuditPage(List<AuditEntryView> entries, int page, int size, long totalElements, long totalPages) {

	public AuditPage {
		entries = List.copyOf(entries);
	}

	static AuditPage of(List<AuditEntryView> entries, int page, int size, long totalElements) {
		return new AuditPage(entries, page, size, totalElements, (totalElements + size - 1) / size);
	}

	public boolean hasPrevious() {
		return this.page > 0;
	}

	public boolean hasNext() {
		return (long) (this.page + 1) * this.size < this.totalElements;
	}

}
