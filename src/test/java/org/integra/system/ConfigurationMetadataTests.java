package org.integra.system;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The integra.* settings bound to records are documented for IDEs: the configuration
 * processor writes their names, defaults and javadoc into the metadata file.
 */
class ConfigurationMetadataTests {

	@Test
	void theMetadataNamesAndDescribesTheSettings() throws IOException {
		String metadata;
		try (InputStream in = getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
			assertThat(in).as("spring-configuration-metadata.json").isNotNull();
			metadata = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		assertThat(metadata).contains("\"integra.base-url\"", "\"integra.data-dir\"", "\"integra.demo-data\"",
				"\"integra.map.tile-url\"", "\"integra.map.tile-attribution\"", "\"integra.admin-password\"",
				"\"integra.security.login-rate.capacity\"", "\"integra.security.login-rate.period\"",
				"\"integra.digest.zone\"", "\"integra.digest.check-interval\"", "\"integra.digest.scheduled\"",
				"\"integra.imports.geonames.max-uncompressed\"", "\"integra.mail.from\"",
				"\"integra.mail.sender.enabled\"", "\"integra.imports.max-upload-size\"",
				"\"integra.imports.max-line-length\"", "\"integra.imports.pending-lifetime\"",
				"\"integra.ranking.samples\"", "\"integra.ranking.weight-spread\"", "\"integra.ranking.top\"",
				"\"integra.ranking.city-check-interval\"");
		assertThat(metadata).contains("the absolute address Integra is reached at");
	}

}
