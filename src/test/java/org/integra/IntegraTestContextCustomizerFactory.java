package org.integra;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Gives every test context a database of its own, so that no test sees the records of a
 * test in another context: a uniquely named in-memory H2 database, or on PostgreSQL a
 * schema of its own (dropped when the context closes). Adds the properties of
 * {@link IntegraTest#settings()} too, which makes each setting a context of its own.
 */
class IntegraTestContextCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		IntegraTest test = TestContextAnnotationUtils.findMergedAnnotation(testClass, IntegraTest.class);
		return new OwnDatabase((test != null) ? test.settings() : IntegraTest.Settings.DEFAULT);
	}

	private record OwnDatabase(IntegraTest.Settings settings) implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
			ConfigurableEnvironment environment = context.getEnvironment();
			Map<String, Object> properties = new LinkedHashMap<>();
			for (String property : this.settings.properties()) {
				int equals = property.indexOf('=');
				properties.put(property.substring(0, equals), property.substring(equals + 1));
			}
			String name = "integra_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
			String url = environment.getProperty("spring.datasource.url", "");
			if (url.startsWith("jdbc:h2:mem:")) {
				properties.put("spring.datasource.url", url.replaceFirst("^jdbc:h2:mem:[^;]*", "jdbc:h2:mem:" + name));
			}
			else if (url.startsWith("jdbc:postgresql:")) {
				// public stays on the search path: the extensions of the database live
				// there
				properties.put("spring.datasource.hikari.data-source-properties.currentSchema", name + ",public");
				properties.put("spring.flyway.default-schema", name);
				properties.put("spring.flyway.schemas", name);
				properties.put("spring.flyway.create-schemas", "true");
				context.addApplicationListener(new ApplicationListener<ContextClosedEvent>() {
					@Override
					public void onApplicationEvent(ContextClosedEvent event) {
						if (event.getApplicationContext() == context) {
							new JdbcTemplate(context.getBean(DataSource.class))
								.execute("drop schema if exists " + name + " cascade");
						}
					}
				});
			}
			environment.getPropertySources().addFirst(new MapPropertySource("integraTestContext", properties));
		}

	}

}
