package org.integra.system;

import java.beans.PropertyEditorSupport;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Strips NUL characters from every text a page form or an API body brings in. PostgreSQL
 * refuses them in text columns; no user means one.
 */
@ControllerAdvice
class NulFreeText {

	@InitBinder
	void stripNulFromForms(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new NulFreeEditor());
	}

	@Bean
	static JsonMapperBuilderCustomizer nulFreeJson() {
		SimpleModule module = new SimpleModule("nul-free-text");
		module.addDeserializer(String.class, new NulFreeDeserializer());
		return (builder) -> builder.addModule(module);
	}

	private static final class NulFreeEditor extends PropertyEditorSupport {

		@Override
		public void setAsText(String text) {
			setValue((text == null) ? null : TextInput.withoutNul(text));
		}

	}

	private static final class NulFreeDeserializer extends StringDeserializer {

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) {
			String text = super.deserialize(parser, context);
			return (text == null) ? null : TextInput.withoutNul(text);
		}

	}

}
