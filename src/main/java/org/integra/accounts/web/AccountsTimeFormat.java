package org.integra.accounts.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

/**
 * Shows instants in the account pages, as {@code ${@accountsTime.format(instant)}}.
 */
@Component("accountsTime")
class AccountsTimeFormat {

	private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
		.withZone(ZoneOffset.UTC);

	public String format(Instant instant) {
		return (instant != null) ? FORMAT.format(instant) : "";
	}

}
