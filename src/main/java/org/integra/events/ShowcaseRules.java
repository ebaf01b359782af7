package org.integra.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a showcase entry must hold, in plain Java: a thematic unit and what it offers a
 * new member, in Spanish and Portuguese.
 */
public final class ShowcaseRules {

	public static final int OFFER_MAX = 2000;

	private ShowcaseRules() {
	}

	/** The form with its texts stripped, blanks as absent. */
	public static ShowcaseForm cleaned(ShowcaseForm form) {
		form.setOfferEs(AgendaRules.clean(form.getOfferEs()));
		form.setOfferPt(AgendaRules.clean(form.getOfferPt()));
		return form;
	}

	/** Every problem of the (cleaned) form, as field and message key; empty when none. */
	public static List<Map.Entry<String, String>> problems(ShowcaseForm form) {
		List<Map.Entry<String, String>> problems = new ArrayList<>();
		if (form.getThematicUnitId() == null) {
			problems.add(Map.entry("thematicUnitId", "events.showcase.thematicUnitId.required"));
		}
		offer(problems, "offerEs", form.getOfferEs());
		offer(problems, "offerPt", form.getOfferPt());
		return problems;
	}

	private static void offer(List<Map.Entry<String, String>> problems, String field, String value) {
		if (value == null) {
			problems.add(Map.entry(field, "events.showcase." + field + ".required"));
		}
		else if (value.length() > OFFER_MAX) {
			problems.add(Map.entry(field, "events.showcase.offer.tooLong"));
		}
	}

}
