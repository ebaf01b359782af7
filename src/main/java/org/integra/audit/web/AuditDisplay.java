package org.integra.audit.web;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.integra.audit.AuditEntryView;
import org.integra.system.RecordLink;
import org.integra.system.RecordNames;
import org.integra.system.ZoneSettings;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Shows audit entries to the current user, for the trail's page and for the history
 * fragment other modules' pages include ({@code ${@auditDisplay.show(entries)}}): in
 * their language, referenced records by name, times in the display zone. Users have no
 * zone of their own, so times are shown in the organisation's, {@link ZoneSettings}
 * ({@code integra.digest.zone}).
 */
@Component("auditDisplay")
public class AuditDisplay {

	private final MessageSource messages;

	private final RecordNames records;

	private final ZoneId zone;

	AuditDisplay(MessageSource messages, RecordNames records, ZoneSettings zone) {
		this.messages = messages;
		this.records = records;
		this.zone = zone.zoneId();
	}

	/** The entries as the current user reads them. */
	public List<ShownEntry> show(List<AuditEntryView> entries) {
		AuditText text = text(entries);
		return entries.stream().map(text::show).toList();
	}

	/** The label of a record type, for choosing one. */
	public String type(String type) {
		return text(List.of()).type(type);
	}

	/** The zone times are shown in. */
	public String zone() {
		return this.zone.getId();
	}

	private AuditText text(List<AuditEntryView> entries) {
		Locale locale = LocaleContextHolder.getLocale();
		Set<String> nameable = this.records.types();
		Map<String, Map<Long, RecordLink>> names = new LinkedHashMap<>();
		AuditText.references(entries, nameable).forEach((type, ids) -> names.put(type, this.records.find(type, ids)));
		return new AuditText((key) -> this.messages.getMessage(key, null, null, locale), this.zone, nameable, names);
	}

}
