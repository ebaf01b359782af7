package org.integra.accounts;

import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.integra.system.IntegraProperties;
import org.integra.system.BaseUrl;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Puts {@link ContainerErrorReport} in place of Tomcat's error report on the host, after
 * Spring Boot has configured its own.
 */
@Component
class ContainerErrorReportCustomizer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

	private final MessageSource messages;

	private final BaseUrl baseUrl;

	private final String contentSecurityPolicy;

	ContainerErrorReportCustomizer(MessageSource messages, BaseUrl baseUrl, IntegraProperties settings) {
		this.messages = messages;
		this.baseUrl = baseUrl;
		this.contentSecurityPolicy = SecurityConfiguration.contentSecurityPolicy(settings.map().tileUrl());
	}

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		factory.addContextCustomizers((context) -> {
			if (context.getParent() instanceof StandardHost host) {
				for (Valve valve : host.getPipeline().getValves()) {
					if (valve instanceof ErrorReportValve) {
						host.getPipeline().removeValve(valve);
					}
				}
				// else the host adds Tomcat's own report again when it starts
				host.setErrorReportValveClass(ContainerErrorReport.class.getName());
				host.getPipeline()
					.addValve(new ContainerErrorReport(this.messages, this.contentSecurityPolicy,
							this.baseUrl.isHttps()));
			}
		});
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
