package org.integra.audit.web;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.integra.audit.AuditAction;
import org.integra.audit.AuditEntryView;
import org.integra.audit.AuditFieldChange;
import org.integra.system.RecordLink;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How entries of the trail read, without Spring: labels instead of stored names, records
 * by name with a link, times to the second in the display zone.
 */
class AuditTextTests {

	static final Map<String, String> MESSAGES = Map.ofEntries(Map.entry("audit.entity.Organization", "Organización"),
			Map.entry("audit.entity.City", "Ciudad"), Map.entry("audit.field.Organization.cityId", "Ciudad"),
			Map.entry("audit.field.City.networkRelation", "Relación con la red"),
			Map.entry("audit.field.createdAt", "Creado el"), Map.entry("audit.field.personIds", "Personas"),
			Map.entry("cities.relation.CANDIDATE", "Candidata"),
			Map.entry("outreach.channel.EMBASSY_IN_LA_PAZ", "Embajada del país en La Paz"),
			Map.entry("role.ADMIN", "Administración"), Map.entry("role.VIEWER", "Consulta"),
			Map.entry("audit.value.gone", "ya no existe"), Map.entry("audit.value.true", "Sí"),
			Map.entry("audit.who.system", "Integra (automático)"), Map.entry("audit.record.id", "n.º {0}"));

	static final Set<String> NAMEABLE = Set.of("City", "Organization", "Person");

	static final ZoneId LA_PAZ = ZoneId.of("America/La_Paz");

	final AuditText text = new AuditText(MESSAGES::get, LA_PAZ, NAMEABLE,
			Map.of("City", Map.of(20L, new RecordLink("Rosario", "/cities/20")), "Organization",
					Map.of(7L, new RecordLink("Alcaldía de Rosario", "/directory/organizations/7")), "Person",
					Map.of(3L, new RecordLink("Ana Souza", "/directory/people/3"))));

	@Test
	void typesAndFieldsReadAsLabels() {
		assertThat(this.text.type("Organization")).isEqualTo("Organización");
		assertThat(this.text.field("Organization", "cityId")).isEqualTo("Ciudad");
		// a field of any type with a shared label
		assertThat(this.text.field("Task", "createdAt")).isEqualTo("Creado el");
	}

	@Test
	void namesWithoutALabelReadAsWordsNotCamelCase() {
		assertThat(this.text.type("LetterTemplate")).isEqualTo("Letter template");
		assertThat(this.text.field("Interaction", "nextStepDue")).isEqualTo("Next step due");
		assertThat(this.text.field("City", "contact.email")).isEqualTo("Contact email");
		assertThat(AuditText.words("EMBASSY_IN_LA_PAZ")).isEqualTo("Embassy in la paz");
	}

	@Test
	void enumValuesReadAsTheLabelsTheirPagesUse() {
		assertThat(this.text.values("City", "networkRelation", "CANDIDATE"))
			.containsExactly(ShownValue.text("Candidata"));
		assertThat(this.text.values("Interaction", "channel", "EMBASSY_IN_LA_PAZ"))
			.containsExactly(ShownValue.text("Embajada del país en La Paz"));
		assertThat(this.text.values("UserAccount", "roles", "ADMIN, VIEWER"))
			.containsExactly(ShownValue.text("Administración"), ShownValue.text("Consulta"));
		// a constant without a label still reads as words
		assertThat(this.text.values("Interaction", "channel", "CARRIER_PIGEON"))
			.containsExactly(ShownValue.text("Carrier pigeon"));
		assertThat(this.text.values("Other", "priority", "VERY_HIGH")).containsExactly(ShownValue.text("Very high"));
	}

	@Test
	void referencesReadAsTheRecordsNameWithALink() {
		assertThat(this.text.values("Organization", "cityId", "20"))
			.containsExactly(new ShownValue("Rosario", "/cities/20"));
		assertThat(this.text.values("Interaction", "mentorCityId", "20"))
			.containsExactly(new ShownValue("Rosario", "/cities/20"));
		assertThat(this.text.values("Person", "organization", "7"))
			.containsExactly(new ShownValue("Alcaldía de Rosario", "/directory/organizations/7"));
		assertThat(this.text.values("Interaction", "personIds", "3, 99"))
			.containsExactly(new ShownValue("Ana Souza", "/directory/people/3"), ShownValue.text("ya no existe"));
		// not a reference: a name, a GeoNames id
		assertThat(this.text.values("Organization", "hostCityName", "20")).containsExactly(ShownValue.text("20"));
		assertThat(this.text.values("City", "geonamesId", "3838583")).containsExactly(ShownValue.text("3838583"));
	}

	@Test
	void timesReadToTheSecondInTheDisplayZone() {
		assertThat(this.text.values("City", "createdAt", "2026-03-04T15:06:07.123456789Z"))
			.containsExactly(ShownValue.text("2026-03-04 11:06:07"));
		assertThat(this.text.time(Instant.parse("2026-03-04T03:00:00.987654321Z"))).isEqualTo("2026-03-03 23:00:00");
		assertThat(this.text.values("Task", "dueOn", "2026-03-04")).containsExactly(ShownValue.text("2026-03-04"));
	}

	@Test
	void plainValuesKeepTheirText() {
		assertThat(this.text.values("UserAccount", "enabled", "true")).containsExactly(ShownValue.text("Sí"));
		assertThat(this.text.values("Organization", "countryCode", "AR")).containsExactly(ShownValue.text("AR"));
		assertThat(this.text.values("Organization", "notes", "<b>x</b>")).containsExactly(ShownValue.text("<b>x</b>"));
		assertThat(this.text.values("Organization", "notes", null)).isEmpty();
	}

	@Test
	void anEntryNamesItsRecordAndWhoMadeIt() {
		AuditEntryView entry = new AuditEntryView(1, Instant.parse("2026-03-04T15:06:07.5Z"), "system",
				AuditAction.UPDATE, "Organization", "7", "Old name",
				List.of(new AuditFieldChange("cityId", null, "20")));
		ShownEntry shown = this.text.show(entry);
		assertThat(shown.when()).isEqualTo("2026-03-04 11:06:07");
		assertThat(shown.who()).isEqualTo("Integra (automático)");
		assertThat(shown.type()).isEqualTo("Organización");
		assertThat(shown.record()).isEqualTo(new ShownValue("Alcaldía de Rosario", "/directory/organizations/7"));
		assertThat(shown.changes())
			.containsExactly(new ShownChange("Ciudad", List.of(), List.of(new ShownValue("Rosario", "/cities/20"))));
	}

	@Test
	void aDeletedRecordKeepsItsLastNameButNotABareId() {
		AuditEntryView deleted = new AuditEntryView(2, Instant.EPOCH, "ana", AuditAction.DELETE, "Organization", "8",
				"Consulado", List.of());
		assertThat(this.text.show(deleted).record()).isEqualTo(ShownValue.text("Consulado (ya no existe)"));
		AuditEntryView candidate = new AuditEntryView(3, Instant.EPOCH, "ana", AuditAction.DELETE, "City", "9", "9",
				List.of());
		assertThat(this.text.show(candidate).record()).isEqualTo(ShownValue.text("ya no existe"));
	}

	@Test
	void theRecordsToLookUpAreCollectedByType() {
		AuditEntryView entry = new AuditEntryView(1, Instant.EPOCH, "ana", AuditAction.UPDATE, "Organization", "7",
				null, List.of(new AuditFieldChange("cityId", "20", "21"), new AuditFieldChange("notes", "1", "2")));
		assertThat(AuditText.references(List.of(entry), NAMEABLE))
			.isEqualTo(Map.of("Organization", Set.of(7L), "City", Set.of(20L, 21L)));
	}

}
