package org.integra.letters.web;

import org.integra.letters.ComposeRequest;
import org.integra.outreach.Channel;

/**
 * What the user chose on the compose page.
 */
public class ComposeForm {

	private Long cityId;

	private Long templateId;

	private Long personId;

	private Channel channel;

	private Long intermediaryId;

	private Long mentorCityId;

	private String note;

	private boolean confirmMissingFields;

	ComposeRequest toRequest() {
		return new ComposeRequest(this.cityId, this.templateId, this.personId, this.channel, this.intermediaryId,
				this.mentorCityId, this.note, this.confirmMissingFields);
	}

	public boolean isConfirmMissingFields() {
		return this.confirmMissingFields;
	}

	public void setConfirmMissingFields(boolean confirmMissingFields) {
		this.confirmMissingFields = confirmMissingFields;
	}

	public Long getCityId() {
		return this.cityId;
	}

	public void setCityId(Long cityId) {
		this.cityId = cityId;
	}

	public Long getTemplateId() {
		return this.templateId;
	}

	public void setTemplateId(Long templateId) {
		this.templateId = templateId;
	}

	public Long getPersonId() {
		return this.personId;
	}

	public void setPersonId(Long personId) {
		this.personId = personId;
	}

	public Channel getChannel() {
		return this.channel;
	}

	public void setChannel(Channel channel) {
		this.channel = channel;
	}

	public Long getIntermediaryId() {
		return this.intermediaryId;
	}

	public void setIntermediaryId(Long intermediaryId) {
		this.intermediaryId = intermediaryId;
	}

	public Long getMentorCityId() {
		return this.mentorCityId;
	}

	public void setMentorCityId(Long mentorCityId) {
		this.mentorCityId = mentorCityId;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

}
