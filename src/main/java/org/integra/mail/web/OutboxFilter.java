package org.integra.mail.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.integra.mail.MessageKind;
import org.integra.mail.OutboxStatus;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The filters of the outbox page exactly as typed. Values that do not parse are ignored
 * and reported instead of failing the request.
 */
record OutboxFilter(String status, String kind, String page) {

	static final String PATH = "/admin/outbox";

	OutboxStatus parsedStatus() {
		return parse(OutboxStatus.class, this.status);
	}

	MessageKind parsedKind() {
		return parse(MessageKind.class, this.kind);
	}

	/** Message keys of the filter values that were ignored because they are not valid. */
	List<String> problems() {
		List<String> problems = new ArrayList<>();
		if (hasText(this.status) && parsedStatus() == null) {
			problems.add("mail.outbox.filter.invalidStatus");
		}
		if (hasText(this.kind) && parsedKind() == null) {
			problems.add("mail.outbox.filter.invalidKind");
		}
		if (hasText(this.page) && pageNumber() == 0 && !this.page.strip().equals("0")) {
			problems.add("mail.outbox.filter.invalidPage");
		}
		return problems;
	}

	int pageNumber() {
		try {
			return Math.max(0, Integer.parseInt(this.page.strip()));
		}
		catch (RuntimeException ex) {
			return 0;
		}
	}

	/** The link to another page of the same list, with only the valid filters. */
	String pageLink(int number) {
		UriComponentsBuilder link = UriComponentsBuilder.fromPath(PATH);
		if (parsedStatus() != null) {
			link.queryParam("status", parsedStatus().name());
		}
		if (parsedKind() != null) {
			link.queryParam("kind", parsedKind().name());
		}
		if (number > 0) {
			link.queryParam("page", number);
		}
		return link.encode().build().toUriString();
	}

	static <E extends Enum<E>> E parse(Class<E> type, String text) {
		if (!hasText(text)) {
			return null;
		}
		return Arrays.stream(type.getEnumConstants())
			.filter((value) -> value.name().equalsIgnoreCase(text.strip()))
			.findFirst()
			.orElse(null);
	}

	private static boolean hasText(String value) {
		return value != null && !value.isBlank();
	}

}
