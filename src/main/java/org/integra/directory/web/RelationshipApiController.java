package org.integra.directory.web;

import java.net.URI;
import java.security.Principal;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.integra.directory.Directory;
import org.integra.directory.Relationship;
import org.integra.directory.RelationshipForm;
import org.integra.directory.RelationshipKind;
import org.integra.directory.RelationshipView;
import org.integra.directory.Relationships;
import org.integra.system.ApiPage;
import org.integra.system.ValidationFailedException;

import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Relationships between organizations over the API.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Directory", description = "Organizations and people of the network's directory")
class RelationshipApiController {

	private final Relationships relationships;

	private final Directory directory;

	RelationshipApiController(Relationships relationships, Directory directory) {
		this.relationships = relationships;
		this.directory = directory;
	}

	@GetMapping("/organizations/{id}/relationships")
	@Operation(summary = "List an organization's relationships",
			description = "Both ways: direction OUTGOING when the organization is the first one (\"is a member of\"), "
					+ "INCOMING when it is the second (\"has as member\"); ended is true when the end date has passed. The whole list, as one page.")
	ApiPage<RelationshipView> ofOrganization(@PathVariable long id) {
		this.directory.organization(id);
		return ApiPage.all(this.relationships.of(id));
	}

	@PostMapping("/relationships")
	@Operation(summary = "Create a relationship",
			description = "From an organization, of a kind (MEMBER_OF, MENTOR_OF, REPRESENTS, COORDINATES, PARTNER_OF, "
					+ "PART_OF), to another, with optional dates (ISO, end not before start) and note (up to 1000 "
					+ "characters). The same relationship for an overlapping period is refused. Answers 201.")
	ResponseEntity<RelationshipDto> create(@Valid @RequestBody RelationshipForm form, BindingResult result,
			Principal principal) {
		if (!result.hasErrors()) {
			this.relationships.check(form, result);
		}
		if (result.hasErrors()) {
			throw new ValidationFailedException(result);
		}
		Relationship relationship = this.relationships.add(form, principal.getName());
		return ResponseEntity.created(URI.create("/api/v1/relationships/" + relationship.getId()))
			.body(RelationshipDto.of(relationship));
	}

	@GetMapping("/relationships/{id}")
	@Operation(summary = "Get a relationship", description = "404 when there is none with this id.")
	RelationshipDto get(@PathVariable long id) {
		return RelationshipDto.of(this.relationships.get(id));
	}

	@DeleteMapping("/relationships/{id}")
	@Operation(summary = "Delete a relationship", description = "Answers 204.")
	ResponseEntity<Void> delete(@PathVariable long id) {
		this.relationships.delete(id);
		return ResponseEntity.noContent().build();
	}

	record RelationshipDto(long id, long fromOrganizationId, RelationshipKind kind, long toOrganizationId,
			LocalDate startsOn, LocalDate endsOn, String note, String createdBy) {

		static RelationshipDto of(Relationship r) {
			return new RelationshipDto(r.getId(), r.getFromOrganizationId(), r.getKind(), r.getToOrganizationId(),
					r.getStartsOn(), r.getEndsOn(), r.getNote(), r.getCreatedBy());
		}

	}

}
