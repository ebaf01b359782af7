package org.integra.events;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What a coordinator types for an event; start and end are local times in the event's
 * time zone.
 */
public class EventForm extends TitledForm {

	/** The fields a request may bind. */
	public static final List<String> FIELDS = List.of("kind", "titleEs", "titlePt", "titleEn", "descriptionEs",
			"descriptionPt", "descriptionEn", "theme", "startsAt", "endsAt", "timeZone", "dateTentative", "format",
			"venue", "cityId", "onlineLink", "capacity", "answerDeadline", "organizerId", "planAction", "version");

	private EventKind kind;

	private String descriptionEs;

	private String descriptionPt;

	private String descriptionEn;

	private String theme;

	@DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm", fallbackPatterns = "yyyy-MM-dd'T'HH:mm:ss")
	private LocalDateTime startsAt;

	@DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm", fallbackPatterns = "yyyy-MM-dd'T'HH:mm:ss")
	private LocalDateTime endsAt;

	private String timeZone;

	private boolean dateTentative;

	private EventFormat format;

	private String venue;

	private Long cityId;

	private String onlineLink;

	private Integer capacity;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate answerDeadline;

	private Long organizerId;

	private PlanAction planAction;

	private Long version;

	/** The form filled with the event's values, for editing. */
	public static EventForm of(Event event) {
		EventForm form = new EventForm();
		form.kind = event.getKind();
		form.setTitles(event.getTitle());
		if (event.getDescription() != null) {
			form.descriptionEs = event.getDescription().getEs();
			form.descriptionPt = event.getDescription().getPt();
			form.descriptionEn = event.getDescription().getEn();
		}
		form.theme = event.getTheme();
		form.startsAt = event.localStart();
		form.endsAt = event.localEnd();
		form.timeZone = event.getTimeZone();
		form.dateTentative = event.isDateTentative();
		form.format = event.getFormat();
		form.venue = event.getVenue();
		form.cityId = event.getCityId();
		form.onlineLink = event.getOnlineLink();
		form.capacity = event.getCapacity();
		form.answerDeadline = event.getAnswerDeadline();
		form.organizerId = event.getOrganizerId();
		form.planAction = event.getPlanAction();
		form.version = event.getVersion();
		return form;
	}

	public EventKind getKind() {
		return this.kind;
	}

	public void setKind(EventKind kind) {
		this.kind = kind;
	}

	public String getDescriptionEs() {
		return this.descriptionEs;
	}

	public void setDescriptionEs(String descriptionEs) {
		this.descriptionEs = descriptionEs;
	}

	public String getDescriptionPt() {
		return this.descriptionPt;
	}

	public void setDescriptionPt(String descriptionPt) {
		this.descriptionPt = descriptionPt;
	}

	public String getDescriptionEn() {
		return this.descriptionEn;
	}

	public void setDescriptionEn(String descriptionEn) {
		this.descriptionEn = descriptionEn;
	}

	public String getTheme() {
		return this.theme;
	}

	public void setTheme(String theme) {
		this.theme = theme;
	}

	public LocalDateTime getStartsAt() {
		return this.startsAt;
	}

	public void setStartsAt(LocalDateTime startsAt) {
		this.startsAt = startsAt;
	}

	public LocalDateTime getEndsAt() {
		return this.endsAt;
	}

	public void setEndsAt(LocalDateTime endsAt) {
		this.endsAt = endsAt;
	}

	public String getTimeZone() {
		return this.timeZone;
	}

	public void setTimeZone(String timeZone) {
		this.timeZone = timeZone;
	}

	public boolean isDateTentative() {
		return this.dateTentative;
	}

	public void setDateTentative(boolean dateTentative) {
		this.dateTentative = dateTentative;
	}

	public EventFormat getFormat() {
		return this.format;
	}

	public void setFormat(EventFormat format) {
		this.format = format;
	}

	public String getVenue() {
		return this.venue;
	}

	public void setVenue(String venue) {
		this.venue = venue;
	}

	public Long getCityId() {
		return this.cityId;
	}

	public void setCityId(Long cityId) {
		this.cityId = cityId;
	}

	public String getOnlineLink() {
		return this.onlineLink;
	}

	public void setOnlineLink(String onlineLink) {
		this.onlineLink = onlineLink;
	}

	public Integer getCapacity() {
		return this.capacity;
	}

	public void setCapacity(Integer capacity) {
		this.capacity = capacity;
	}

	public LocalDate getAnswerDeadline() {
		return this.answerDeadline;
	}

	public void setAnswerDeadline(LocalDate answerDeadline) {
		this.answerDeadline = answerDeadline;
	}

	public Long getOrganizerId() {
		return this.organizerId;
	}

	public void setOrganizerId(Long organizerId) {
		this.organizerId = organizerId;
	}

	public PlanAction getPlanAction() {
		return this.planAction;
	}

	public void setPlanAction(PlanAction planAction) {
		this.planAction = planAction;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
