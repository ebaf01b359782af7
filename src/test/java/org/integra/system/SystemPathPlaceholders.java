package org.integra.system;

import java.util.Optional;

import org.springframework.context.ApplicationContext;

/**
 * Placeholders every module may use: {@code {missingId}} (an id no record has) and the
 * demo users' names and ids ({@code {adminUsername}}, {@code {viewerUserId}}).
 */
public class SystemPathPlaceholders implements PathPlaceholders {

	@Override
	public Optional<String> resolve(String name, ApplicationContext context) {
		return switch (name) {
			case "missingId" -> Optional.of("2147483000");
			case "adminUsername" -> Optional.of("admin");
			case "adminUserId" ->
				PathPlaceholders.firstValue(context, "select id from app_user where username = ?", "admin");
			case "viewerUserId" ->
				PathPlaceholders.firstValue(context, "select id from app_user where username = ?", "consejo");
			default -> Optional.empty();
		};
	}

}
