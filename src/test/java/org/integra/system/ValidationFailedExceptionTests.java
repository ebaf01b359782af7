package org.integra.system;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rule's refusal lands on the page's form: on its field when the form shows it, above
 * the form otherwise, and beside binding errors without repeating a field.
 */
class ValidationFailedExceptionTests {

	private final ValidationFailedException refusal = new ValidationFailedException(
			List.of(Map.entry("title", "tasks.task.title.required"), Map.entry("cityId", "tasks.city.notFound")));

	@Test
	void copiesEachRefusalOntoItsFieldOrAboveTheForm() {
		BindingResult form = new MapBindingResult(new HashMap<>(), "form");
		this.refusal.copyTo(form, Set.of("title"));
		assertThat(form.getFieldError("title").getCode()).isEqualTo("tasks.task.title.required");
		assertThat(form.getFieldError("cityId")).isNull();
		assertThat(form.getGlobalErrors()).extracting((e) -> e.getCode()).containsExactly("tasks.city.notFound");
	}

	@Test
	void addsOnlyTheFieldsThatHaveNoErrorYet() {
		BindingResult form = new MapBindingResult(new HashMap<>(), "form");
		form.rejectValue("title", "bound.error");
		this.refusal.addMissingTo(form, Set.of("title", "cityId"));
		assertThat(form.getFieldErrors("title")).extracting((e) -> e.getCode()).containsExactly("bound.error");
		assertThat(form.getFieldError("cityId").getCode()).isEqualTo("tasks.city.notFound");
		assertThat(form.getGlobalErrorCount()).isZero();
	}

}
