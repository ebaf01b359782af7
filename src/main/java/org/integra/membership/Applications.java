package org.integra.membership;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.integra.cities.CityCatalog;
import org.integra.cities.CitySummary;
import org.integra.cities.NetworkRelation;
import org.integra.membership.ApplicationRules.Facts;
import org.integra.system.Actor;
import org.integra.system.NotFoundException;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cities' applications to join the network: opening a draft (one open application per
 * city), noting its documents on file, and moving it through {@link ApplicationRules}'
 * steps, each recorded as an {@link ApplicationStep} with its date and the user who took
 * it. Every method asks {@link MembershipPolicy}.
 */
@Service
@Transactional(readOnly = true)
public class Applications {

	private final ApplicationRepository applications;

	private final ApplicationStepRepository steps;

	private final ApplicationDocumentRepository documents;

	private final CityCatalog cities;

	private final MembershipProperties properties;

	private final Clock clock;

	Applications(ApplicationRepository applications, ApplicationStepRepository steps,
			ApplicationDocumentRepository documents, CityCatalog cities, MembershipProperties properties, Clock clock) {
		this.applications = applications;
		this.steps = steps;
		this.documents = documents;
		this.cities = cities;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * The application with that id.
	 * @throws NotFoundException when there is none
	 */
	public Application get(long id, Actor actor) {
		require(MembershipPolicy.of(actor).mayRead());
		return find(id);
	}

	/** The city's applications, newest first. */
	public List<Application> ofCity(long cityId, Actor actor) {
		require(MembershipPolicy.of(actor).mayRead());
		return this.applications.findByCityIdOrderByCreatedAtDescIdDesc(cityId);
	}

	/** The application's steps, oldest first, from the draft's opening. */
	public List<ApplicationStep> history(long id, Actor actor) {
		require(MembershipPolicy.of(actor).mayRead());
		return this.steps.findByApplicationIdOrderByAtAscIdAsc(find(id).getId());
	}

	/** The application's documents on file, in the order they were noted. */
	public List<ApplicationDocument> documents(long id, Actor actor) {
		require(MembershipPolicy.of(actor).mayRead());
		return this.documents.findByApplicationIdOrderByNotedAtAscIdAsc(find(id).getId());
	}

	/** What the application still needs for its next step forward. */
	public List<Requirement> checklist(long id, Actor actor) {
		require(MembershipPolicy.of(actor).mayRead());
		Application application = find(id);
		return ApplicationRules.checklist(application.getStatus(), facts(application));
	}

	/**
	 * Opens a draft application for the city.
	 * @throws NotFoundException when there is no such city
	 * @throws ApplicationRefusedException when the city has an open application already,
	 * or is a member
	 */
	@Transactional
	public Application open(long cityId, Actor actor) {
		require(MembershipPolicy.of(actor).mayPrepare());
		CitySummary city = city(cityId);
		if (city.relation() == NetworkRelation.MEMBER) {
			throw new ApplicationRefusedException("membership.application.alreadyMember");
		}
		if (this.applications.existsByOpenCityId(cityId)) {
			throw new ApplicationRefusedException("membership.application.alreadyOpen");
		}
		Instant now = this.clock.instant();
		Application application;
		try {
			application = this.applications.saveAndFlush(new Application(cityId, actor.username(), now));
		}
		catch (DataIntegrityViolationException ex) {
			// another user opened one at the same moment
			throw new ApplicationRefusedException("membership.application.alreadyOpen");
		}
		this.steps
			.save(new ApplicationStep(application.getId(), null, ApplicationStatus.DRAFT, null, actor.username(), now));
		return application;
	}

	/**
	 * Notes that a document of the application is on file; noting it again changes
	 * nothing.
	 * @throws ApplicationRefusedException when the application is final
	 */
	@Transactional
	public ApplicationDocument noteDocument(long id, DocumentKind kind, Actor actor) {
		require(MembershipPolicy.of(actor).mayPrepare());
		Application application = find(id);
		if (!application.getStatus().open()) {
			throw new ApplicationRefusedException("membership.application.closed");
		}
		return this.documents.findByApplicationIdAndKind(application.getId(), kind).orElseGet(() -> {
			Instant now = this.clock.instant();
			application.touched(actor.username(), now);
			return this.documents.save(new ApplicationDocument(application.getId(), kind, actor.username(), now));
		});
	}

	/** Submits the draft: the mayor's letter and the application form are on file. */
	@Transactional
	public Application submit(long id, Actor actor) {
		return move(id, ApplicationStatus.SUBMITTED, null, actor);
	}

	/**
	 * Marks the documents complete: with the council's approval too where the country
	 * requires it.
	 */
	@Transactional
	public Application markDocumentsComplete(long id, Actor actor) {
		return move(id, ApplicationStatus.DOCUMENTS_COMPLETE, null, actor);
	}

	/** Records the Council's recommendation. */
	@Transactional
	public Application recommend(long id, String note, Actor actor) {
		return move(id, ApplicationStatus.RECOMMENDED, note, actor);
	}

	/** Records the General Assembly's approval at the Summit of that date and place. */
	@Transactional
	public Application approve(long id, LocalDate summitDate, String summitPlace, Actor actor) {
		require(MembershipPolicy.of(actor).mayMoveTo(ApplicationStatus.APPROVED));
		Application application = find(id);
		String place = (summitPlace != null) ? summitPlace.strip() : null;
		Facts facts = facts(application).withSummit(summitDate, place);
		ApplicationRules.check(application.getStatus(), ApplicationStatus.APPROVED, facts, null);
		application.summit(summitDate, place);
		return step(application, ApplicationStatus.APPROVED, null, actor);
	}

	/** Makes the approved city a member. */
	@Transactional
	public Application makeMember(long id, Actor actor) {
		return move(id, ApplicationStatus.MEMBER, null, actor);
	}

	/** Rejects the application, with the reason. */
	@Transactional
	public Application reject(long id, String reason, Actor actor) {
		return move(id, ApplicationStatus.REJECTED, reason, actor);
	}

	/** Withdraws the application, with the reason. */
	@Transactional
	public Application withdraw(long id, String reason, Actor actor) {
		return move(id, ApplicationStatus.WITHDRAWN, reason, actor);
	}

	private Application move(long id, ApplicationStatus to, String note, Actor actor) {
		require(MembershipPolicy.of(actor).mayMoveTo(to));
		Application application = find(id);
		ApplicationRules.check(application.getStatus(), to, facts(application), note);
		return step(application, to, note, actor);
	}

	private Application step(Application application, ApplicationStatus to, String note, Actor actor) {
		Instant now = this.clock.instant();
		String text = (note == null || note.isBlank()) ? null : note.strip();
		ApplicationStatus from = application.getStatus();
		application.moved(to, text, actor.username(), now);
		this.applications.saveAndFlush(application);
		this.steps.save(new ApplicationStep(application.getId(), from, to, text, actor.username(), now));
		return application;
	}

	private Facts facts(Application application) {
		Set<DocumentKind> onFile = EnumSet.noneOf(DocumentKind.class);
		this.documents.findByApplicationIdOrderByNotedAtAscIdAsc(application.getId())
			.forEach((document) -> onFile.add(document.getKind()));
		boolean council = this.cities.find(application.getCityId())
			.map((city) -> this.properties.requiresCouncilApproval(city.countryCode()))
			.orElse(false);
		return new Facts(onFile, council, application.getSummitDate(), application.getSummitPlace());
	}

	private Application find(long id) {
		return this.applications.findById(id)
			.orElseThrow(() -> new NotFoundException("membership.application.notFound", id));
	}

	private CitySummary city(long cityId) {
		return this.cities.find(cityId).orElseThrow(() -> new NotFoundException("membership.city.notFound", cityId));
	}

	private static void require(boolean allowed) {
		if (!allowed) {
			throw new AccessDeniedException("membership");
		}
	}

}
