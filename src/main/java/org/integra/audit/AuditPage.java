package org.integra.audit;

import java.util.List;

/**
 * One page of audit entries.
 *
 * @param entries the entries of this page
 * @param page the page number, from 0
 * @param size the page size asked for
 * @param totalElements how many entries match in all
 */
public record AuditPage(List<AuditEntryView> entries, int page, int size, long totalElements) {

	public AuditPage {
		entries = List.copyOf(entries);
	}

	public int totalPages() {
		return (this.size <= 0) ? 0 : (int) ((this.totalElements + this.size - 1) / this.size);
	}

	public boolean hasPrevious() {
		return this.page > 0;
	}

	public boolean hasNext() {
		return (long) (this.page + 1) * this.size < this.totalElements;
	}

}
