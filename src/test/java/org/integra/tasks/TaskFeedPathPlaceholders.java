package org.integra.tasks;

import java.util.Optional;

import org.integra.system.PathPlaceholders;

import org.springframework.context.ApplicationContext;

/**
 * Placeholders of the calendar feed routes in the authorization matrix.
 */
public class TaskFeedPathPlaceholders implements PathPlaceholders {

	@Override
	public Optional<String> resolve(String name, ApplicationContext context) {
		return "unknownFeedToken".equals(name) ? Optional.of("itc_no-such-feed-token") : Optional.empty();
	}

}
