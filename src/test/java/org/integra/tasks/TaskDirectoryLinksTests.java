package org.integra.tasks;

import org.integra.IntegraTest;
import org.integra.SignedIn;
import org.integra.directory.Directory;
import org.integra.directory.Organization;
import org.integra.directory.OrganizationForm;
import org.integra.directory.OrganizationKind;
import org.integra.directory.OrganizationsMerged;
import org.integra.directory.PeopleMerged;
import org.integra.directory.Person;
import org.integra.directory.PersonForm;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@IntegraTest
class TaskDirectoryLinksTests {

	@Autowired
	Tasks tasks;

	@Autowired
	Directory directory;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	JdbcClient jdbc;

	Organization organization(String name) {
		OrganizationForm form = new OrganizationForm();
		form.setName(name + " " + System.nanoTime());
		form.setKind(OrganizationKind.PARTNER_NETWORK);
		return this.directory.create(form);
	}

	Person person(String name) {
		PersonForm form = new PersonForm();
		form.setName(name + " " + System.nanoTime());
		return this.directory.create(form);
	}

	@Test
	void mergedOrganizationsAndPeopleKeepTheirTasks() {
		Organization merged = organization("Red fusionada");
		Organization kept = organization("Red conservada");
		Person gone = person("Persona fusionada");
		Person stays = person("Persona conservada");
		Task task = SignedIn.as("coordinacion", "COORDINATOR",
				() -> this.tasks.create(new TaskDraft("Escribir a la red", null, "coordinacion", null, null,
						merged.getId(), gone.getId(), null), "coordinacion"));
		this.events.publishEvent(new OrganizationsMerged(merged.getId(), kept.getId(), "coordinacion"));
		this.events.publishEvent(new PeopleMerged(gone.getId(), stays.getId(), "coordinacion"));
		Task moved = this.tasks.get(task.getId());
		assertThat(moved.getOrganizationId()).isEqualTo(kept.getId());
		assertThat(moved.getPersonId()).isEqualTo(stays.getId());
		this.jdbc.sql("delete from task where id = ?").param(task.getId()).update();
	}

	@Test
	void anOrganizationATaskLinksToIsNotDeleted() {
		Organization linked = organization("Red con tarea");
		Task task = SignedIn.as("coordinacion", "COORDINATOR",
				() -> this.tasks.create(
						new TaskDraft("Llamar", null, "coordinacion", null, null, linked.getId(), null, null),
						"coordinacion"));
		assertThat(this.directory.deletionBlocker(linked.getId())).isEqualTo("tasks.organization.linked");
		assertThat(this.directory.deleteOrganization(linked.getId())).isFalse();
		this.jdbc.sql("delete from task where id = ?").param(task.getId()).update();
		assertThat(this.directory.deleteOrganization(linked.getId())).isTrue();
	}

}
