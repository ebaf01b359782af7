package org.integra.system;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The caps every upload and import keeps to, so that a hostile file is refused without
 * exhausting memory.
 *
 * @param maxUploadSize the largest file the app takes in one request; a larger one is
 * refused with a page or problem naming this limit
 * @param maxLineLength the longest line an import reads; a longer line is a reported bad
 * line, not read into memory
 * @param pendingLifetime how long a file checked in a dry run waits to be applied from
 * the import page; later it must be uploaded again
 */
@ConfigurationProperties("integra.imports")
public record ImportLimits(@DefaultValue("60MB") DataSize maxUploadSize, @DefaultValue("64KB") DataSize maxLineLength,
		@DefaultValue("1h") Duration pendingLifetime) {

	public ImportLimits {
		if (pendingLifetime.isNegative() || pendingLifetime.isZero()) {
			throw new IllegalArgumentException("integra.imports.pending-lifetime must be positive: " + pendingLifetime);
		}
	}

}
