package org.integra.cities.geonames;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The GeoNames import's settings ({@code integra.imports.geonames.*}).
 *
 * @param maxUncompressed most bytes read from a dump's text, inflated (cities500 is about
 * 40 MB)
 */
@ConfigurationProperties("integra.imports.geonames")
public record GeonamesProperties(@DefaultValue("200MB") DataSize maxUncompressed) {
}
