package org.integra.membership.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.integra.cities.CitySummary;
import org.integra.membership.Application;
import org.integra.membership.ApplicationDocument;
import org.integra.membership.ApplicationStep;

/** What the applications' API reads and answers. */
final class ApplicationDtos {

	private ApplicationDtos() {
	}

	@Schema(description = "A city's application to join the network")
	record ApplicationDto(long id, long cityId, String cityName, String countryCode,
			@Schema(description = "DRAFT, SUBMITTED, DOCUMENTS_COMPLETE, RECOMMENDED, APPROVED, MEMBER, REJECTED "
					+ "or WITHDRAWN") String status,
			@Schema(description = "The status in the caller's language") String statusLabel, String reason,
			LocalDate summitDate, String summitPlace, String createdBy, Instant createdAt, String updatedBy,
			Instant updatedAt, long version) {

		static ApplicationDto of(Application application, CitySummary city, String statusLabel) {
			return new ApplicationDto(application.getId(), application.getCityId(), (city != null) ? city.name() : null,
					(city != null) ? city.countryCode() : null, application.getStatus().name(), statusLabel,
					application.getReason(), application.getSummitDate(), application.getSummitPlace(),
					application.getCreatedBy(), application.getCreatedAt(), application.getUpdatedBy(),
					application.getUpdatedAt(), application.getVersion());
		}

	}

	@Schema(description = "A step of an application's history")
	record StepDto(@Schema(description = "The status before; none for the draft's opening") String from, String to,
			String note, String by, Instant at) {

		static StepDto of(ApplicationStep step) {
			return new StepDto((step.getFrom() != null) ? step.getFrom().name() : null, step.getTo().name(),
					step.getNote(), step.getBy(), step.getAt());
		}

	}

	@Schema(description = "A document of the application on file")
	record DocumentDto(@Schema(description = "MAYOR_LETTER, APPLICATION_FORM or COUNCIL_APPROVAL") String kind,
			String notedBy, Instant notedAt) {

		static DocumentDto of(ApplicationDocument document) {
			return new DocumentDto(document.getKind().name(), document.getNotedBy(), document.getNotedAt());
		}

	}

	@Schema(description = "An application with its checklist, documents and history")
	record ApplicationDetail(ApplicationDto application, @Schema(
			description = "What is still missing for the next step, in the caller's language") List<String> missing,
			List<DocumentDto> documents, List<StepDto> steps) {
	}

	@Schema(description = "Opens an application for the city")
	record OpenBody(Long cityId) {
	}

	@Schema(description = "A step of the application")
	record StepBody(@Schema(
			description = "SUBMITTED, DOCUMENTS_COMPLETE, RECOMMENDED, APPROVED, MEMBER, REJECTED or WITHDRAWN") String to,
			@Schema(description = "Why it is rejected or withdrawn (required for those), or a note of the recommendation") String reason,
			@Schema(description = "The Summit's date, for APPROVED") LocalDate summitDate,
			@Schema(description = "The Summit's place, for APPROVED") String summitPlace) {
	}

}
