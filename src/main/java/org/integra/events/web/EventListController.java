package org.integra.events.web;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.integra.cities.CitySummary;
import org.integra.cities.CountryNames;
import org.integra.events.Event;
import org.integra.events.EventFilter;
import org.integra.events.EventKind;
import org.integra.events.EventPolicy;
import org.integra.events.EventStatus;
import org.integra.events.Events;
import org.integra.system.Actor;
import org.integra.system.RequestParams;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class EventListController {

	static final int PAGE_SIZE = 25;

	private final Events events;

	private final CountryNames countries;

	private final Clock clock;

	EventListController(Events events, CountryNames countries, Clock clock) {
		this.events = events;
		this.countries = countries;
		this.clock = clock;
	}

	@GetMapping("/events")
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String status, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String country,
			@RequestParam(required = false) String sort, @RequestParam(required = false) String page, Actor actor,
			Locale locale, Model model) {
		String text = (q != null && q.strip().length() <= 200) ? q.strip() : null;
		EventFilter filter = new EventFilter(text, RequestParams.constant(EventKind.class, kind),
				RequestParams.constant(EventStatus.class, status), RequestParams.date(from), RequestParams.date(to),
				RequestParams.countryCode(country));
		EventSort order = EventSort.of(sort);
		Page<Event> found = this.events.search(filter,
				PageRequest.of(RequestParams.page(page), PAGE_SIZE, order.sort()));
		Map<Long, CitySummary> cities = this.events.cities(found.getContent());
		model.addAttribute("page", found.map((event) -> EventRow.of(event, cities, locale)));
		model.addAttribute("filter", filter);
		model.addAttribute("sort", order);
		model.addAttribute("sorts", EventSort.values());
		model.addAttribute("kinds", EventKind.values());
		model.addAttribute("statuses", EventStatus.values());
		model.addAttribute("countries", countryNames(this.events.countryCodes(), locale));
		model.addAttribute("mayManage", EventPolicy.of(actor).mayManage());
		return "events/list";
	}

	@GetMapping("/events/calendar")
	String calendar(@RequestParam(required = false) String month, Locale locale, Model model) {
		YearMonth shown = RequestParams.month(month);
		if (shown == null || shown.getYear() < 1900 || shown.getYear() > 2200) {
			shown = YearMonth.now(this.clock);
		}
		List<Event> events = this.events.inMonth(shown);
		Map<Long, CitySummary> cities = this.events.cities(events);
		LocalDate first = shown.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		LocalDate last = shown.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
		List<List<CalendarDay>> weeks = new ArrayList<>();
		for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
			if (day.getDayOfWeek() == DayOfWeek.MONDAY) {
				weeks.add(new ArrayList<>());
			}
			LocalDate date = day;
			List<EventRow> on = events.stream()
				.filter((event) -> !date.isBefore(event.getStartsOn()) && !date.isAfter(event.getEndsOn()))
				.map((event) -> EventRow.of(event, cities, locale))
				.toList();
			weeks.get(weeks.size() - 1).add(new CalendarDay(date, YearMonth.from(date).equals(shown), on));
		}
		List<String> weekdays = new ArrayList<>();
		for (DayOfWeek day = DayOfWeek.MONDAY; weekdays.size() < 7; day = day.plus(1)) {
			weekdays.add(day.getDisplayName(TextStyle.SHORT, locale));
		}
		model.addAttribute("month", shown);
		model.addAttribute("monthName", DateTimeFormatter.ofPattern("LLLL yyyy", locale).format(shown));
		model.addAttribute("previous", shown.minusMonths(1));
		model.addAttribute("next", shown.plusMonths(1));
		model.addAttribute("weekdays", weekdays);
		model.addAttribute("weeks", weeks);
		model.addAttribute("empty", events.isEmpty());
		return "events/calendar";
	}

	private Map<String, String> countryNames(List<String> codes, Locale locale) {
		Map<String, String> names = new LinkedHashMap<>();
		codes.forEach((code) -> names.put(code, this.countries.name(code, locale).orElse(code)));
		return names;
	}

}
