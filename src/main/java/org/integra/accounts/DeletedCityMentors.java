package org.integra.accounts;

import org.integra.cities.CityDeleting;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Unbinds the mentors of a city being deleted through their accounts, so that the audit
 * records the change (the database would set it to null unseen).
 */
@Component
class DeletedCityMentors {

	private final UserAccountRepository users;

	DeletedCityMentors(UserAccountRepository users) {
		this.users = users;
	}

	@EventListener
	void on(CityDeleting event) {
		this.users.findByMentorCityId(event.cityId()).forEach((user) -> user.setMentorCityId(null));
		this.users.flush();
	}

}
