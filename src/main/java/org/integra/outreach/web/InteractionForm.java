package org.integra.outreach.web;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import org.integra.outreach.Channel;
import org.integra.outreach.Interaction;
import org.integra.outreach.InteractionDraft;
import org.integra.outreach.InteractionKind;
import org.integra.outreach.InterestLevel;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The interaction form's fields, as entered.
 */
public class InteractionForm {

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate occurredOn;

	private InteractionKind kind;

	private Channel channel;

	private Long intermediaryId;

	private Long mentorCityId;

	private Set<Long> personIds = new LinkedHashSet<>();

	private String summary;

	private String outcome;

	private InterestLevel interest;

	private String nextStep;

	private String nextStepAssignee;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate nextStepDue;

	private Long version;

	static InteractionForm of(Interaction interaction) {
		InteractionForm form = new InteractionForm();
		form.occurredOn = interaction.getOccurredOn();
		form.kind = interaction.getKind();
		form.channel = interaction.getChannel();
		form.intermediaryId = interaction.getIntermediaryId();
		form.mentorCityId = interaction.getMentorCityId();
		form.personIds = new LinkedHashSet<>(interaction.getPersonIds());
		form.summary = interaction.getSummary();
		form.outcome = interaction.getOutcome();
		form.interest = interaction.getInterest();
		form.nextStep = interaction.getNextStep();
		form.nextStepAssignee = interaction.getNextStepAssignee();
		form.nextStepDue = interaction.getNextStepDue();
		form.version = interaction.getVersion();
		return form;
	}

	InteractionDraft toDraft(long cityId) {
		return new InteractionDraft(cityId, this.occurredOn, this.kind, this.channel, this.intermediaryId,
				this.mentorCityId, this.personIds, this.summary, this.outcome, this.interest, this.nextStep,
				this.nextStepAssignee, this.nextStepDue);
	}

	public LocalDate getOccurredOn() {
		return this.occurredOn;
	}

	public void setOccurredOn(LocalDate occurredOn) {
		this.occurredOn = occurredOn;
	}

	public InteractionKind getKind() {
		return this.kind;
	}

	public void setKind(InteractionKind kind) {
		this.kind = kind;
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

	public Set<Long> getPersonIds() {
		return this.personIds;
	}

	public void setPersonIds(Set<Long> personIds) {
		this.personIds = (personIds == null) ? new LinkedHashSet<>() : personIds;
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public String getOutcome() {
		return this.outcome;
	}

	public void setOutcome(String outcome) {
		this.outcome = outcome;
	}

	public InterestLevel getInterest() {
		return this.interest;
	}

	public void setInterest(InterestLevel interest) {
		this.interest = interest;
	}

	public String getNextStep() {
		return this.nextStep;
	}

	public void setNextStep(String nextStep) {
		this.nextStep = nextStep;
	}

	public String getNextStepAssignee() {
		return this.nextStepAssignee;
	}

	public void setNextStepAssignee(String nextStepAssignee) {
		this.nextStepAssignee = nextStepAssignee;
	}

	public LocalDate getNextStepDue() {
		return this.nextStepDue;
	}

	public void setNextStepDue(LocalDate nextStepDue) {
		this.nextStepDue = nextStepDue;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
