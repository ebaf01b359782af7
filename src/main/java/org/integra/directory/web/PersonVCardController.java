package org.integra.directory.web;

import java.nio.charset.StandardCharsets;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.integra.directory.Directory;
import org.integra.directory.Person;
import org.integra.directory.VCard;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A person of the directory as a vCard file, from the person's page and over the API.
 */
@RestController
@Tag(name = "Directory", description = "Organizations and people of the network's directory")
class PersonVCardController {

	static final MediaType VCARD = new MediaType("text", "vcard", StandardCharsets.UTF_8);

	private final Directory directory;

	PersonVCardController(Directory directory) {
		this.directory = directory;
	}

	@GetMapping("/directory/people/{personId}/vcard")
	ResponseEntity<String> download(@PathVariable long personId) {
		return vcard(personId);
	}

	@GetMapping("/api/v1/people/{id}/vcard")
	@Operation(summary = "Get a person as a vCard 4.0 file")
	ResponseEntity<String> api(@PathVariable long id) {
		return vcard(id);
	}

	private ResponseEntity<String> vcard(long id) {
		Person person = this.directory.person(id);
		return ResponseEntity.ok()
			.contentType(VCARD)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(VCard.fileName(person.getName())).build().toString())
			.body(VCard.of(person));
	}

}
