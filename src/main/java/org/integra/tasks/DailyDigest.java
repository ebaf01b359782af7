package org.integra.tasks;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.integra.accounts.UserDirectory;
import org.integra.accounts.UserSummary;
import org.integra.cities.CityCatalog;
import org.integra.cities.CitySummary;
import org.integra.mail.MessageKind;
import org.integra.mail.Outbox;
import org.integra.mail.OutgoingMessage;
import org.integra.system.IntegraProperties;
import org.integra.system.ZoneSettings;
import org.integra.tasks.DigestSelection.Digest;

import org.springframework.context.MessageSource;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each user's daily digest of overdue and upcoming tasks: their preference, and the job
 * that queues the digests due in the outbox, in each user's language.
 */
@Service
public class DailyDigest {

	private static final Log logger = LogFactory.getLog(DailyDigest.class);

	static final String SYSTEM_USER = "system";

	private final DigestPreferenceRepository preferences;

	private final DigestSentRepository sent;

	private final TaskRepository tasks;

	private final UserDirectory accounts;

	private final CityCatalog cities;

	private final Outbox outbox;

	private final MessageSource messages;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final ZoneId zone;

	private final String baseUrl;

	DailyDigest(DigestPreferenceRepository preferences, DigestSentRepository sent, TaskRepository tasks,
			UserDirectory accounts, CityCatalog cities, Outbox outbox, MessageSource messages,
			PlatformTransactionManager transactionManager, Clock clock, ZoneSettings zone, IntegraProperties settings) {
		this.preferences = preferences;
		this.sent = sent;
		this.tasks = tasks;
		this.accounts = accounts;
		this.cities = cities;
		this.outbox = outbox;
		this.messages = messages;
		this.transactions = new TransactionTemplate(transactionManager);
		this.clock = clock;
		this.zone = zone.zoneId();
		this.baseUrl = settings.baseUrl().strip().replaceAll("/+$", "");
	}

	/** The user's preference; a user who never chose has the digest off. */
	@Transactional(readOnly = true)
	public DigestPreference preferenceOf(String username) {
		return this.preferences.findById(username).orElseGet(() -> new DigestPreference(username));
	}

	/** Saves whether the user wants the digest and from which hour (0–23). */
	@Transactional
	public DigestPreference change(String username, boolean enabled, int hour) {
		if (hour < 0 || hour > 23) {
			throw new IllegalArgumentException("hour out of range: " + hour);
		}
		DigestPreference preference = this.preferences.findById(username)
			.orElseGet(() -> this.preferences.save(new DigestPreference(username)));
		preference.change(enabled, hour);
		return preference;
	}

	/** Queues the digests due at the current time. */
	public int sendDue() {
		return sendDue(this.clock.instant());
	}

	/**
	 * Queues in the outbox every digest due at that instant, each in its own transaction
	 * with the record that it went out, so that none is queued twice.
	 * @return how many were queued
	 */
	public int sendDue(Instant now) {
		DigestSelection selection = new DigestSelection(this.zone);
		int queued = 0;
		for (DigestPreference candidate : this.preferences.findByEnabledTrueOrderByUsername()) {
			try {
				Boolean done = this.transactions.execute((status) -> sendTo(candidate.getUsername(), selection, now));
				if (Boolean.TRUE.equals(done)) {
					queued++;
				}
			}
			catch (DataAccessException ex) {
				// another instance queued it first, or the user changed the preference
				// meanwhile: the next round decides again
				logger.info("Digest of " + candidate.getUsername() + " not queued this round: " + ex.getMessage());
			}
			catch (RuntimeException ex) {
				// one user's broken digest must not keep the others from going out
				logger.warn("Digest of " + candidate.getUsername() + " failed", ex);
			}
		}
		return queued;
	}

	private boolean sendTo(String username, DigestSelection selection, Instant now) {
		DigestPreference preference = this.preferences.findById(username).orElse(null);
		if (preference == null) {
			return false;
		}
		Optional<UserSummary> account = this.accounts.find(username).filter(UserSummary::enabled);
		if (account.isEmpty() || !account.get().hasEmail()) {
			return false;
		}
		List<Task> open = this.tasks.findByAssigneeAndStatusOrderByDueOnAscIdAsc(username, TaskStatus.OPEN);
		Optional<Digest> digest = selection.select(preference.isEnabled(), preference.getHour(),
				preference.getLastSentOn(), open, now);
		if (digest.isEmpty() || this.sent.existsByUsernameAndDigestDate(username, digest.get().date())) {
			return false;
		}
		this.sent.saveAndFlush(new DigestSent(username, digest.get().date(), digest.get().tasks().size(), now));
		preference.sentOn(digest.get().date());
		this.outbox.queue(message(account.get(), digest.get()), SYSTEM_USER);
		return true;
	}

	private OutgoingMessage message(UserSummary user, Digest digest) {
		String language = user.language();
		Locale locale = Locale.forLanguageTag((language != null) ? language : "es");
		DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
		Map<Long, CitySummary> cityNames = this.cities
			.findAll(digest.tasks().stream().map(Task::getCityId).filter(Objects::nonNull).distinct().toList());
		String name = user.greetingName();
		String subject = this.messages.getMessage("tasks.digest.mail.subject",
				new Object[] { dates.format(digest.date()), digest.overdue().size(), digest.upcoming().size() },
				locale);
		StringBuilder body = new StringBuilder();
		body.append(this.messages.getMessage("tasks.digest.mail.greeting", new Object[] { name }, locale))
			.append("\n\n");
		body.append(this.messages.getMessage("tasks.digest.mail.intro", new Object[] { DigestSelection.UPCOMING_DAYS },
				locale))
			.append("\n");
		if (!digest.overdue().isEmpty()) {
			body.append("\n")
				.append(this.messages.getMessage("tasks.digest.mail.overdue", new Object[] { digest.overdue().size() },
						locale))
				.append("\n");
			digest.overdue().forEach((task) -> line(body, task, cityNames, dates, locale));
		}
		if (!digest.upcoming().isEmpty()) {
			body.append("\n")
				.append(this.messages.getMessage("tasks.digest.mail.upcoming",
						new Object[] { digest.upcoming().size() }, locale))
				.append("\n");
			digest.upcoming().forEach((task) -> line(body, task, cityNames, dates, locale));
		}
		body.append("\n")
			.append(this.messages.getMessage("tasks.digest.mail.footer",
					new Object[] { this.baseUrl + "/tasks/digest" }, locale))
			.append("\n");
		return new OutgoingMessage(MessageKind.DIGEST, user.email(), name, subject, body.toString(),
				locale.getLanguage(), "digest:" + user.username() + ":" + digest.date());
	}

	private void line(StringBuilder body, Task task, Map<Long, CitySummary> cityNames, DateTimeFormatter dates,
			Locale locale) {
		String title = task.getTitle().replaceAll("\\s+", " ").strip();
		CitySummary city = (task.getCityId() != null) ? cityNames.get(task.getCityId()) : null;
		String text = (city != null)
				? this.messages.getMessage("tasks.digest.mail.lineCity",
						new Object[] { title, dates.format(task.getDueOn()), city.name() }, locale)
				: this.messages.getMessage("tasks.digest.mail.line",
						new Object[] { title, dates.format(task.getDueOn()) }, locale);
		body.append("- ")
			.append(text)
			.append("\n  ")
			.append(this.baseUrl)
			.append("/tasks/")
			.append(task.getId())
			.append("\n");
	}

	/** The local day of an instant in the digest's zone. */
	public LocalDate today(Instant now) {
		return now.atZone(this.zone).toLocalDate();
	}

}
