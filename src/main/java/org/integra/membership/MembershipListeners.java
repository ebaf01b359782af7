package org.integra.membership;

import org.integra.cities.CityDeleting;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A deleted city's applications go with it, through their entities so that the audit
 * trail records each one, in the deletion's transaction.
 */
@Component
class MembershipListeners {

	private final ApplicationRepository applications;

	private final ApplicationStepRepository steps;

	private final ApplicationDocumentRepository documents;

	private final ApplicationFileRepository files;

	MembershipListeners(ApplicationRepository applications, ApplicationStepRepository steps,
			ApplicationDocumentRepository documents, ApplicationFileRepository files) {
		this.applications = applications;
		this.steps = steps;
		this.documents = documents;
		this.files = files;
	}

	@EventListener
	@Transactional
	void on(CityDeleting deleting) {
		for (Application application : this.applications.findByCityIdOrderByCreatedAtDescIdDesc(deleting.cityId())) {
			this.documents.deleteAll(this.documents.findByApplicationIdOrderByNotedAtAscIdAsc(application.getId()));
			this.documents.flush();
			this.files.deleteByApplicationId(application.getId());
			this.steps.deleteAll(this.steps.findByApplicationIdOrderByAtAscIdAsc(application.getId()));
			this.steps.flush();
			this.applications.delete(application);
		}
		this.applications.flush();
	}

}
