package org.integra.audit.web;

import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import org.integra.audit.AuditAction;
import org.integra.audit.AuditQuery;

import static org.assertj.core.api.Assertions.assertThat;

class AuditFilterTests {

	@Test
	void turnsValidFiltersIntoAQueryWithWholeDays() {
		AuditFilter filter = new AuditFilter(" ana ", "City", "update", "2017-03-01", "2017-03-31", " Cusco ", "2",
				"asc");

		AuditQuery query = filter.toQuery(ZoneOffset.UTC);

		assertThat(query).isEqualTo(new AuditQuery("ana", "City", null, AuditAction.UPDATE,
				Instant.parse("2017-03-01T00:00:00Z"), Instant.parse("2017-04-01T00:00:00Z"), "Cusco"));
		assertThat(filter.problems()).isEmpty();
		assertThat(filter.pageNumber()).isEqualTo(2);
		assertThat(filter.oldestFirst()).isTrue();
	}

	@Test
	void ignoresAndReportsValuesThatDoNotParse() {
		AuditFilter filter = new AuditFilter("", "", "EXPLODE", "notadate", "+99999-01-01", "", "-1", "sideways");

		AuditQuery query = filter.toQuery(ZoneOffset.UTC);

		assertThat(query).isEqualTo(AuditQuery.all());
		assertThat(filter.problems()).containsExactly("audit.filter.invalidAction", "audit.filter.invalidDate",
				"audit.filter.invalidPage");
		assertThat(filter.pageNumber()).isZero();
		assertThat(filter.oldestFirst()).isFalse();
		assertThat(new AuditFilter(null, null, null, null, null, null, "abc", null).problems())
			.containsExactly("audit.filter.invalidPage");
		assertThat(new AuditFilter(null, null, null, "2017-05-01", "2017-01-01", null, null, null).problems())
			.containsExactly("audit.filter.datesReversed");
	}

	@Test
	void linksKeepTheFiltersEncoded() {
		AuditFilter filter = new AuditFilter("ana", null, null, null, null, "a&b c", null, null);

		assertThat(filter.pageLink(3)).isEqualTo("/admin/audit?username=ana&q=a%26b%20c&page=3");
		assertThat(filter.pageLink(0)).isEqualTo("/admin/audit?username=ana&q=a%26b%20c");
		assertThat(filter.sortLink()).isEqualTo("/admin/audit?username=ana&q=a%26b%20c&sort=asc");
	}

}
