package org.integra.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The settings every module shares ({@code integra.*}); each module binds its own
 * settings under their own names.
 *
 * @param baseUrl the absolute address Integra is reached at (INTEGRA_BASE_URL), for links
 * in e-mails, feeds and pages
 * @param dataDir the folder of the embedded database's files (INTEGRA_DATA_DIR)
 * @param demoData whether the demonstration data is loaded into an empty database
 * @param map the map tiles of the city and ranking maps
 */
@ConfigurationProperties("integra")
public record IntegraProperties(@DefaultValue("http://localhost:8080") String baseUrl,
		@DefaultValue("./data") String dataDir, @DefaultValue("true") boolean demoData, @DefaultValue MapTiles map) {

	/**
	 * @param tileUrl the address template of the map tiles, e.g.
	 * {@code https://tile.example/{z}/{x}/{y}.png}; empty for no map
	 * @param tileAttribution the attribution the tile server asks for, shown under the
	 * map
	 */
	public record MapTiles(@DefaultValue("") String tileUrl, @DefaultValue("") String tileAttribution) {

		public MapTiles {
			tileUrl = (tileUrl != null) ? tileUrl : "";
			tileAttribution = (tileAttribution != null) ? tileAttribution : "";
		}

	}

}
