package org.integra.events;

import java.util.List;

/** What a coordinator types for a thematic unit presenting at an event. */
public class ShowcaseForm {

	/** The fields a request may bind. */
	public static final List<String> FIELDS = List.of("thematicUnitId", "offerEs", "offerPt", "coordinatingCityId",
			"contactPersonId", "version");

	private Long thematicUnitId;

	private String offerEs;

	private String offerPt;

	private Long coordinatingCityId;

	private Long contactPersonId;

	private Long version;

	/** The form of a stored entry, to edit it. */
	public static ShowcaseForm of(ShowcaseEntry entry) {
		ShowcaseForm form = new ShowcaseForm();
		form.thematicUnitId = entry.getThematicUnitId();
		form.offerEs = entry.getOfferEs();
		form.offerPt = entry.getOfferPt();
		form.coordinatingCityId = entry.getCoordinatingCityId();
		form.contactPersonId = entry.getContactPersonId();
		form.version = entry.getVersion();
		return form;
	}

	public Long getThematicUnitId() {
		return this.thematicUnitId;
	}

	public void setThematicUnitId(Long thematicUnitId) {
		this.thematicUnitId = thematicUnitId;
	}

	public String getOfferEs() {
		return this.offerEs;
	}

	public void setOfferEs(String offerEs) {
		this.offerEs = offerEs;
	}

	public String getOfferPt() {
		return this.offerPt;
	}

	public void setOfferPt(String offerPt) {
		this.offerPt = offerPt;
	}

	public Long getCoordinatingCityId() {
		return this.coordinatingCityId;
	}

	public void setCoordinatingCityId(Long coordinatingCityId) {
		this.coordinatingCityId = coordinatingCityId;
	}

	public Long getContactPersonId() {
		return this.contactPersonId;
	}

	public void setContactPersonId(Long contactPersonId) {
		this.contactPersonId = contactPersonId;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
