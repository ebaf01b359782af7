package org.integra.letters;

import org.integra.cities.CityDeleting;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Deletes the letters kept for a city being deleted through their entities, so that the
 * audit records each of them (the database's cascade would delete them unseen).
 */
@Component
class DeletedCityLetters {

	private final LetterRepository letters;

	DeletedCityLetters(LetterRepository letters) {
		this.letters = letters;
	}

	@EventListener
	void on(CityDeleting event) {
		this.letters.deleteAll(this.letters.findByCityId(event.cityId()));
		this.letters.flush();
	}

}
