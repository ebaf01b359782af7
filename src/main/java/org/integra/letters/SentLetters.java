package org.integra.letters;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.integra.cities.CityCatalog;
import org.integra.cities.CitySummary;
import org.integra.directory.DirectoryContacts;
import org.integra.outreach.CandidateScope;
import org.integra.system.NotFoundException;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The letters kept, newest first, within the current user's scope: a mentor sees only the
 * letters of the candidates they mentor.
 */
@Service
@Transactional(readOnly = true)
public class SentLetters {

	public static final int PAGE_SIZE = 25;

	/**
	 * A kept letter with the names it is listed by.
	 *
	 * @param contactName the contact's name, or {@code null} when it had none
	 * @param templateName the template's name, or {@code null} when it was deleted since
	 */
	public record Row(Letter letter, String cityName, String contactName, String templateName) {
	}

	private final LetterRepository letters;

	private final LetterTemplateRepository templates;

	private final CityCatalog cities;

	private final DirectoryContacts directory;

	private final CandidateScope scope;

	SentLetters(LetterRepository letters, LetterTemplateRepository templates, CityCatalog cities,
			DirectoryContacts directory, CandidateScope scope) {
		this.letters = letters;
		this.templates = templates;
		this.cities = cities;
		this.directory = directory;
		this.scope = scope;
	}

	/**
	 * A letter kept on a candidate the user may see.
	 * @throws NotFoundException otherwise
	 */
	public Letter letter(long id) {
		Letter letter = this.letters.findById(id)
			.orElseThrow(() -> new NotFoundException("letters.letter.notFound", id));
		if (!this.scope.current().includes(letter.getCityId())) {
			throw new NotFoundException("letters.letter.notFound", id);
		}
		return letter;
	}

	/** The letters sent to a candidate, newest first; empty outside the user's scope. */
	public List<Letter> ofCity(long cityId) {
		if (!this.scope.current().includes(cityId)) {
			return List.of();
		}
		return this.letters.findByCityIdOrderBySentAtDescIdDesc(cityId);
	}

	/** One page of the letters the user may see, newest first; pages count from 0. */
	public Page<Row> page(int page) {
		PageRequest request = PageRequest.of(Math.max(0, page), PAGE_SIZE);
		CandidateScope.Scope current = this.scope.current();
		Page<Letter> found;
		if (current.everything()) {
			found = this.letters.findAllByOrderBySentAtDescIdDesc(request);
		}
		else if (current.candidateCityIds().isEmpty()) {
			return Page.empty(request);
		}
		else {
			found = this.letters.findByCityIdInOrderBySentAtDescIdDesc(current.candidateCityIds(), request);
		}
		Set<Long> cityIds = new HashSet<>();
		Set<Long> templateIds = new HashSet<>();
		found.forEach((letter) -> {
			cityIds.add(letter.getCityId());
			if (letter.getTemplateId() != null) {
				templateIds.add(letter.getTemplateId());
			}
		});
		Map<Long, CitySummary> cityNames = this.cities.findAll(cityIds);
		Map<Long, String> templateNames = new HashMap<>();
		this.templates.findAllById(templateIds).forEach((t) -> templateNames.put(t.getId(), t.getName()));
		Map<Long, String> contactNames = new HashMap<>();
		return found.map((letter) -> new Row(letter,
				cityNames.containsKey(letter.getCityId()) ? cityNames.get(letter.getCityId()).name()
						: Long.toString(letter.getCityId()),
				contactName(letter.getPersonId(), contactNames), templateNames.get(letter.getTemplateId())));
	}

	private String contactName(Long personId, Map<Long, String> known) {
		if (personId == null) {
			return null;
		}
		return known.computeIfAbsent(personId, (id) -> {
			try {
				return this.directory.person(id).name();
			}
			catch (NotFoundException ex) {
				return null;
			}
		});
	}

}
