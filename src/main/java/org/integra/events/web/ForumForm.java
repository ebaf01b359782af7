package org.integra.events.web;

import java.util.ArrayList;
import java.util.List;

import org.integra.events.ForumRules;
import org.integra.events.ForumView;

/** The forum section's form: what a coordinator records of a forum. */
public class ForumForm {

	static final List<String> FIELDS = List.of("associationId", "bodyId", "outcome", "representativeIds", "contactIds",
			"version");

	private Long associationId;

	private Long bodyId;

	private String outcome;

	private List<Long> representativeIds = new ArrayList<>();

	private List<Long> contactIds = new ArrayList<>();

	private Long version;

	static ForumForm of(ForumView view) {
		ForumForm form = new ForumForm();
		form.setVersion(view.version());
		if (view.forum() != null) {
			form.setAssociationId(view.forum().getAssociationId());
			form.setBodyId(view.forum().getBodyId());
			form.setOutcome(view.forum().getOutcome());
			form.setRepresentativeIds(view.representatives().stream().map((p) -> p.id()).toList());
			form.setContactIds(view.contacts().stream().map((c) -> c.person().id()).toList());
		}
		return form;
	}

	ForumRules.Draft draft() {
		return new ForumRules.Draft(this.associationId, this.bodyId, this.outcome, this.representativeIds,
				this.contactIds);
	}

	public Long getAssociationId() {
		return this.associationId;
	}

	public void setAssociationId(Long associationId) {
		this.associationId = associationId;
	}

	public Long getBodyId() {
		return this.bodyId;
	}

	public void setBodyId(Long bodyId) {
		this.bodyId = bodyId;
	}

	public String getOutcome() {
		return this.outcome;
	}

	public void setOutcome(String outcome) {
		this.outcome = outcome;
	}

	public List<Long> getRepresentativeIds() {
		return this.representativeIds;
	}

	public void setRepresentativeIds(List<Long> representativeIds) {
		this.representativeIds = (representativeIds == null) ? new ArrayList<>() : new ArrayList<>(representativeIds);
	}

	public List<Long> getContactIds() {
		return this.contactIds;
	}

	public void setContactIds(List<Long> contactIds) {
		this.contactIds = (contactIds == null) ? new ArrayList<>() : new ArrayList<>(contactIds);
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
