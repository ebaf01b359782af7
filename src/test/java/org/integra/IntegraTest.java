package org.integra;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.integra.accounts.AccountsTestConfiguration;
import org.integra.cities.TestCities;
import org.integra.system.FailingPages;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The whole application, on a random port and with MockMvc, a clock the tests may move
 * and a record of sign-ins. Every test class with the same {@link #settings()} shares one
 * context, and every context has a database of its own
 * ({@link IntegraTestContextCustomizerFactory}): a test creates the records it asserts
 * on.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import({ AccountsTestConfiguration.class, TestCities.class, FailingPages.class })
public @interface IntegraTest {

	/** The few settings that cannot change while a context runs; each is one context. */
	Settings settings() default Settings.DEFAULT;

	enum Settings {

		/** The settings of src/test/resources: no mail server, generous limits, http. */
		DEFAULT,

		/**
		 * A mail server ({@link TestMailServer}), an https address (Secure cookies, HSTS)
		 * and tight limits: 3 sign-ins an hour per address, uploads up to 1 MB, import
		 * lines up to 2 KB.
		 */
		MAIL_SERVER_TIGHT_LIMITS_HTTPS("spring.mail.host=127.0.0.1", "spring.mail.port=" + TestMailServer.PORT,
				"integra.mail.from=Integra Mercociudades <integra@example.org>", "integra.mail.retry-jitter=0",
				"integra.security.login-rate.capacity=3", "integra.security.login-rate.period=PT1H",
				"integra.imports.max-upload-size=1MB", "integra.imports.max-line-length=2KB",
				"integra.base-url=https://integra.example.org");

		private final String[] properties;

		Settings(String... properties) {
			this.properties = properties;
		}

		String[] properties() {
			return this.properties.clone();
		}

	}

}
