package org.integra.system;

import java.time.Duration;
import java.util.List;

import org.springdoc.core.utils.SpringDocUtils;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ IntegraProperties.class, ImportLimits.class, ZoneSettings.class })
class WebConfiguration implements WebMvcConfigurer {

	static final String LANGUAGE_COOKIE = "integra-lang";

	static final String[] STATIC_FOLDERS = { "css", "js", "geo", "img" };

	static {
		// the caller comes from the sign-in, never from the request: not an API parameter
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(Actor.class);
	}

	private final LanguageSwitchInterceptor languageSwitch;

	WebConfiguration(LanguageSwitchInterceptor languageSwitch) {
		this.languageSwitch = languageSwitch;
	}

	@Bean
	static MessageSource messageSource() {
		ReloadableResourceBundleMessageSource messages = new ReloadableResourceBundleMessageSource();
		messages.setBasename("classpath:messages/messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		messages.setDefaultLocale(SupportedLanguages.DEFAULT);
		return messages;
	}

	@Bean
	static LocalValidatorFactoryBean validator(MessageSource messageSource) {
		LocalValidatorFactoryBean validator = new LocalValidatorFactoryBean();
		validator.setValidationMessageSource(messageSource);
		return validator;
	}

	@Bean
	static LocaleResolver localeResolver(IntegraProperties settings) {
		CookieLocaleResolver resolver = new CookieLocaleResolver(LANGUAGE_COOKIE);
		resolver.setCookieSecure(new BaseUrl(settings.baseUrl()).isHttps());
		resolver.setDefaultLocale(SupportedLanguages.DEFAULT);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieHttpOnly(true);
		resolver.setCookieSameSite("Lax");
		resolver.setDefaultLocaleFunction((request) -> (request.getHeader("Accept-Language") != null)
				? SupportedLanguages.closest(request.getLocale()) : SupportedLanguages.DEFAULT);
		return resolver;
	}

	/**
	 * Static files only under their own folders, instead of Spring Boot's catch-all
	 * {@code /**}: every link a page renders goes through the resource chain (it adds the
	 * WebJars' versions), and with a catch-all each link of a page such as
	 * {@code /ranking/explain?...} was looked up as a file in the jar first, which cost a
	 * quarter of the time of a long page.
	 */
	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.resourceChain(true)
			.addResolver(new LiteWebJarsResourceResolver());
		for (String folder : STATIC_FOLDERS) {
			registry.addResourceHandler("/" + folder + "/**").addResourceLocations("classpath:/static/" + folder + "/");
		}
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this.languageSwitch);
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new ActorArgumentResolver());
	}

}
