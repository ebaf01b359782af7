package org.integra.letters;

import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.integra.cities.CityCatalog;
import org.integra.cities.CitySummary;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/** A kept letter as a PDF file to download, with a file name to save it under. */
@Service
public class LetterFiles {

	private final CityCatalog cities;

	private final MessageSource messages;

	private final Clock clock;

	LetterFiles(CityCatalog cities, MessageSource messages, Clock clock) {
		this.cities = cities;
		this.messages = messages;
		this.clock = clock;
	}

	/** The letter as a PDF, with the letterhead and date in its language. */
	public byte[] pdf(Letter letter) {
		Locale locale = Locale.forLanguageTag(letter.getLanguage());
		String date = LocalDate.ofInstant(letter.getSentAt(), this.clock.getZone())
			.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
		String letterhead = this.messages.getMessage("letters.letterhead", null, locale);
		return LetterPdf.render(letterhead, date, letter.getSubject(), letter.getBody(), letter.getLanguage());
	}

	/** A file name for the letter's PDF, in plain ASCII. */
	public String fileName(Letter letter) {
		String city = this.cities.find(letter.getCityId()).map(CitySummary::name).orElse("city");
		String ascii = Normalizer.normalize(city, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.replaceAll("[^A-Za-z0-9]+", "-")
			.replaceAll("(^-|-$)", "")
			.toLowerCase(Locale.ROOT);
		return "letter-" + (ascii.isEmpty() ? "city" : ascii) + "-" + letter.getId() + ".pdf";
	}

}
