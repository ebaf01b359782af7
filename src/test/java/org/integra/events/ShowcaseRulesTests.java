package org.integra.events;

import java.util.Map;

import org.integra.HostileInputs;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ShowcaseRulesTests {

	@Test
	void aUnitAndItsOfferInSpanishAndPortugueseAreRequired() {
		ShowcaseForm form = new ShowcaseForm();
		form.setOfferEs("  ");
		assertThat(ShowcaseRules.problems(ShowcaseRules.cleaned(form))).containsExactly(
				Map.entry("thematicUnitId", "events.showcase.thematicUnitId.required"),
				Map.entry("offerEs", "events.showcase.offerEs.required"),
				Map.entry("offerPt", "events.showcase.offerPt.required"));
	}

	@Test
	void theOfferHasALimitAndMayHoldSeveralLines() {
		ShowcaseForm form = new ShowcaseForm();
		form.setThematicUnitId(1L);
		form.setOfferEs("Redes de cultura\nFondos de movilidad");
		form.setOfferPt(HostileInputs.LONG.repeat(2));
		assertThat(ShowcaseRules.problems(ShowcaseRules.cleaned(form)))
			.containsExactly(Map.entry("offerPt", "events.showcase.offer.tooLong"));
	}

}
