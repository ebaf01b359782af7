package org.integra.events;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.integra.audit.AuditIgnored;
import org.integra.audit.Audited;
import org.integra.system.LocalizedName;
import org.integra.system.SearchText;

/**
 * An event of the network: the plan's workshop, a forum where the network is promoted, a
 * meeting or a webinar. Its times are instants shown in the event's own time zone.
 */
@Entity
@Table(name = "event")
@Audited(value = "Event", label = "title")
public class Event {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private EventKind kind;

	@Embedded
	@AttributeOverride(name = "es", column = @Column(name = "title_es", nullable = false))
	@AttributeOverride(name = "pt", column = @Column(name = "title_pt", nullable = false))
	@AttributeOverride(name = "en", column = @Column(name = "title_en"))
	private LocalizedName title;

	@Embedded
	@AttributeOverride(name = "es", column = @Column(name = "description_es"))
	@AttributeOverride(name = "pt", column = @Column(name = "description_pt"))
	@AttributeOverride(name = "en", column = @Column(name = "description_en"))
	private LocalizedName description;

	private String theme;

	@Column(name = "starts_at", nullable = false)
	private Instant startsAt;

	@Column(name = "ends_at", nullable = false)
	private Instant endsAt;

	@Column(name = "time_zone", nullable = false)
	private String timeZone;

	@AuditIgnored
	@Column(name = "starts_on", nullable = false)
	private LocalDate startsOn;

	@AuditIgnored
	@Column(name = "ends_on", nullable = false)
	private LocalDate endsOn;

	@Column(name = "date_tentative", nullable = false)
	private boolean dateTentative;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private EventFormat format;

	private String venue;

	@Column(name = "city_id")
	private Long cityId;

	@Column(name = "country_code")
	private String countryCode;

	@Column(name = "online_link")
	private String onlineLink;

	private Integer capacity;

	@Column(name = "answer_deadline")
	private LocalDate answerDeadline;

	@Column(name = "organizer_id")
	private Long organizerId;

	@Enumerated(EnumType.STRING)
	@Column(name = "plan_action")
	private PlanAction planAction;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private EventStatus status;

	@Column(name = "created_by", nullable = false)
	private String createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@AuditIgnored
	@Column(name = "search_text")
	private String searchText;

	@Version
	private long version;

	protected Event() {
	}

	Event(EventForm form, String countryCode, String createdBy, Instant now) {
		apply(form, countryCode, now);
		this.status = EventStatus.DRAFT;
		this.createdBy = createdBy;
		this.createdAt = now;
	}

	/** Takes the checked form's values; the status is changed by {@link #moveTo}. */
	void apply(EventForm form, String countryCode, Instant now) {
		ZoneId zone = ZoneId.of(form.getTimeZone());
		this.kind = form.getKind();
		this.title = new LocalizedName(form.getTitleEs(), form.getTitlePt(), form.getTitleEn());
		this.description = new LocalizedName(form.getDescriptionEs(), form.getDescriptionPt(), form.getDescriptionEn());
		this.theme = form.getTheme();
		this.timeZone = zone.getId();
		this.startsAt = form.getStartsAt().atZone(zone).toInstant();
		this.endsAt = form.getEndsAt().atZone(zone).toInstant();
		this.startsOn = form.getStartsAt().toLocalDate();
		this.endsOn = form.getEndsAt().toLocalDate();
		this.dateTentative = form.isDateTentative();
		this.format = form.getFormat();
		this.venue = this.format.hasVenue() ? form.getVenue() : null;
		this.cityId = this.format.hasVenue() ? form.getCityId() : null;
		this.onlineLink = this.format.hasLink() ? form.getOnlineLink() : null;
		this.countryCode = countryCode;
		this.capacity = form.getCapacity();
		this.answerDeadline = form.getAnswerDeadline();
		this.organizerId = form.getOrganizerId();
		this.planAction = form.getPlanAction();
		this.updatedAt = now;
		this.searchText = SearchText.normalize(String.join(" ", form.getTitleEs(), form.getTitlePt(),
				Objects.requireNonNullElse(form.getTitleEn(), ""), Objects.requireNonNullElse(this.theme, ""),
				Objects.requireNonNullElse(this.venue, "")));
	}

	void moveTo(EventStatus target, Instant now) {
		this.status = target;
		this.updatedAt = now;
	}

	/** The city hosting it is deleted: the event keeps its venue's name. */
	void forgetCity() {
		this.cityId = null;
	}

	/** Its organiser was merged into another organisation. */
	void organizedBy(long organizerId) {
		this.organizerId = organizerId;
	}

	/** The title in the language, in Spanish when it has none in that language. */
	public String title(Locale locale) {
		return this.title.name(locale);
	}

	/**
	 * The description in the language, in Spanish when it has none in that language;
	 * {@code null} when it has none.
	 */
	public String description(Locale locale) {
		return (this.description != null) ? this.description.name(locale) : null;
	}

	public LocalDateTime localStart() {
		return LocalDateTime.ofInstant(this.startsAt, zone());
	}

	public LocalDateTime localEnd() {
		return LocalDateTime.ofInstant(this.endsAt, zone());
	}

	public ZoneId zone() {
		return ZoneId.of(this.timeZone);
	}

	public Long getId() {
		return this.id;
	}

	public EventKind getKind() {
		return this.kind;
	}

	public LocalizedName getTitle() {
		return this.title;
	}

	/** The descriptions; none at all when every part is empty. */
	public LocalizedName getDescription() {
		return this.description;
	}

	public String getTheme() {
		return this.theme;
	}

	public Instant getStartsAt() {
		return this.startsAt;
	}

	public Instant getEndsAt() {
		return this.endsAt;
	}

	/** The day it starts, in its own time zone. */
	public LocalDate getStartsOn() {
		return this.startsOn;
	}

	/** The day it ends, in its own time zone. */
	public LocalDate getEndsOn() {
		return this.endsOn;
	}

	public String getTimeZone() {
		return this.timeZone;
	}

	public boolean isDateTentative() {
		return this.dateTentative;
	}

	public EventFormat getFormat() {
		return this.format;
	}

	public String getVenue() {
		return this.venue;
	}

	public Long getCityId() {
		return this.cityId;
	}

	public String getCountryCode() {
		return this.countryCode;
	}

	public String getOnlineLink() {
		return this.onlineLink;
	}

	public Integer getCapacity() {
		return this.capacity;
	}

	public LocalDate getAnswerDeadline() {
		return this.answerDeadline;
	}

	public Long getOrganizerId() {
		return this.organizerId;
	}

	public PlanAction getPlanAction() {
		return this.planAction;
	}

	public EventStatus getStatus() {
		return this.status;
	}

	public String getCreatedBy() {
		return this.createdBy;
	}

	public long getVersion() {
		return this.version;
	}

}
