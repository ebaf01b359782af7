package org.integra.events.web;

import org.springframework.data.domain.Sort;

/** The orders of the event list, as the {@code sort} parameter names them. */
public enum EventSort {

	START_DESC("-start", Sort.by(Sort.Order.desc("startsAt"), Sort.Order.desc("id"))),
	START_ASC("start", Sort.by(Sort.Order.asc("startsAt"), Sort.Order.asc("id"))),
	TITLE("title", Sort.by(Sort.Order.asc("title.es"), Sort.Order.asc("id")));

	private final String parameter;

	private final Sort sort;

	EventSort(String parameter, Sort sort) {
		this.parameter = parameter;
		this.sort = sort;
	}

	/** The order the parameter names; the newest first when it names none. */
	static EventSort of(String parameter) {
		for (EventSort value : values()) {
			if (value.parameter.equals(parameter)) {
				return value;
			}
		}
		return START_DESC;
	}

	public String parameter() {
		return this.parameter;
	}

	Sort sort() {
		return this.sort;
	}

}
