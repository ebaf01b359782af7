package org.integra.audit.capture;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import org.integra.audit.AuditAction;

import static org.assertj.core.api.Assertions.assertThat;

class ValueTextTests {

	private static final Function<Object, Object> NO_ENTITIES = (value) -> null;

	@Test
	void rendersValuesAsStableText() {
		assertThat(ValueText.of(null, NO_ENTITIES)).isNull();
		assertThat(ValueText.of(AuditAction.DELETE, NO_ENTITIES)).isEqualTo("DELETE");
		assertThat(ValueText.of(LocalDate.of(2017, 3, 1), NO_ENTITIES)).isEqualTo("2017-03-01");
		assertThat(ValueText.of(Instant.parse("2017-03-01T10:15:30Z"), NO_ENTITIES)).isEqualTo("2017-03-01T10:15:30Z");
		assertThat(ValueText.of(OffsetDateTime.parse("2017-03-01T10:15:30-04:00"), NO_ENTITIES))
			.isEqualTo("2017-03-01T10:15:30-04:00");
		assertThat(ValueText.of(Timestamp.from(Instant.parse("2017-03-01T10:15:30Z")), NO_ENTITIES))
			.isEqualTo("2017-03-01T10:15:30Z");
		assertThat(ValueText.of(new BigDecimal("1E+3"), NO_ENTITIES)).isEqualTo("1000");
		assertThat(ValueText.of(true, NO_ENTITIES)).isEqualTo("true");
		assertThat(ValueText.of(new byte[] { 1, 2 }, NO_ENTITIES)).isEqualTo("[2 bytes]");
	}

	@Test
	void rendersSetsSortedListsInOrderAndEntitiesByIdentifier() {
		assertThat(ValueText.of(new LinkedHashSet<>(List.of("b", "a")), NO_ENTITIES)).isEqualTo("a, b");
		assertThat(ValueText.of(List.of("b", "a"), NO_ENTITIES)).isEqualTo("b, a");
		assertThat(ValueText.of(Map.of("es", "Bogotá"), NO_ENTITIES)).isEqualTo("es=Bogotá");
		Object entity = new Object();
		assertThat(ValueText.of(entity, (value) -> (value == entity) ? 42L : null)).isEqualTo("42");
	}

	@Test
	void truncatesWithoutSplittingCharacters() {
		assertThat(ValueText.truncate("ab😀", 3)).isEqualTo("ab");
		assertThat(ValueText.truncate("abc", 3)).isEqualTo("abc");
		assertThat(ValueText.truncate(null, 3)).isNull();
	}

}
