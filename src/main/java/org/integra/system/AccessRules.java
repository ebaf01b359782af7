package org.integra.system;

import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A module's contribution to the URL authorization rules. Each module declares who may
 * use its routes; the security configuration collects every contribution before its
 * catch-all rule.
 */
public interface AccessRules {

	void configure(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules);

}
