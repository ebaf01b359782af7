package org.integra.system;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The pages of the application, found in Spring's handler mappings: the patterns of GET
 * handlers that render a view (they return a view name or a {@link ModelAndView}, are no
 * {@code @ResponseBody} and produce HTML, if they say what they produce).
 */
final class AppPages {

	private AppPages() {
	}

	/** The patterns, e.g. {@code /cities/{id:\d+}}, sorted. */
	static Set<String> patterns(ApplicationContext context) {
		Set<String> patterns = new TreeSet<>();
		for (RequestMappingHandlerMapping mapping : context.getBeansOfType(RequestMappingHandlerMapping.class)
			.values()) {
			mapping.getHandlerMethods().forEach((info, handler) -> {
				if (isPage(info, handler)) {
					info.getPatternValues()
						.stream()
						.filter((pattern) -> !FailingPages.isTestRoute(pattern))
						.forEach(patterns::add);
				}
			});
		}
		return patterns;
	}

	static boolean isPage(RequestMappingInfo info, HandlerMethod handler) {
		Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
		if (!methods.contains(RequestMethod.GET)) {
			return false;
		}
		Set<MediaType> produces = info.getProducesCondition().getProducibleMediaTypes();
		if (!produces.isEmpty() && produces.stream().noneMatch(MediaType.TEXT_HTML::isCompatibleWith)) {
			return false;
		}
		Method method = handler.getMethod();
		boolean body = AnnotatedElementUtils.hasAnnotation(method, ResponseBody.class)
				|| AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), ResponseBody.class);
		return !body && List.of(String.class, ModelAndView.class).contains(method.getReturnType());
	}

}
