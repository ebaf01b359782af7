package org.integra.system;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Names records through the modules' sources, by type and id or by a reference such as
 * {@code city:8}.
 */
class RecordNamesTests {

	final RecordNames names = names(new CitiesForTest());

	@Test
	void namesARecordByTypeAndId() {
		assertThat(this.names.find("City", 8)).contains(new RecordLink("Rosario", "/cities/8"));
		assertThat(this.names.find("City", 9)).isEmpty();
		assertThat(this.names.find("Nothing", 8)).isEmpty();
		assertThat(this.names.types()).containsExactly("City");
	}

	@Test
	void namesTheRecordOfAReference() {
		assertThat(this.names.ofReference("city:8")).contains(new RecordLink("Rosario", "/cities/8"));
		assertThat(this.names.ofReference(" City:8 ")).contains(new RecordLink("Rosario", "/cities/8"));
		assertThat(this.names.ofReference("city:9")).isEmpty();
		assertThat(RecordNames.isRecordReference("city:9")).isTrue();
	}

	@Test
	void otherTextNamesNothing() {
		for (String text : new String[] { null, "", "digest:ana:2026-01-01", "city:", "city:-1", "city:8; drop",
				"city:99999999999999999999" }) {
			assertThat(this.names.ofReference(text)).as(String.valueOf(text)).isEqualTo(Optional.empty());
		}
		assertThat(RecordNames.isRecordReference("digest:ana:2026-01-01")).isFalse();
	}

	private static RecordNames names(RecordNameSource... sources) {
		DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
		for (int i = 0; i < sources.length; i++) {
			beans.registerSingleton("source" + i, sources[i]);
		}
		return new RecordNames(beans.getBeanProvider(RecordNameSource.class));
	}

	static class CitiesForTest implements RecordNameSource {

		@Override
		public Set<String> types() {
			return Set.of("City");
		}

		@Override
		public Map<Long, RecordLink> names(String type, Collection<Long> ids) {
			Map<Long, RecordLink> names = new LinkedHashMap<>();
			if (ids.contains(8L)) {
				names.put(8L, new RecordLink("Rosario", "/cities/8"));
			}
			return names;
		}

	}

}
