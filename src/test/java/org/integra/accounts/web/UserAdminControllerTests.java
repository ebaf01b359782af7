package org.integra.accounts.web;

import java.util.Set;

import org.integra.IntegraTest;
import org.integra.accounts.Accounts;
import org.integra.accounts.Browser;
import org.integra.accounts.Role;
import org.integra.accounts.UserAccount;
import org.integra.accounts.UserAccountRepository;
import org.integra.cities.CityCatalog;
import org.integra.cities.CitySummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@IntegraTest
@WithUserDetails("admin")
class UserAdminControllerTests {

	private static final String PASSWORD = "a-fine-password";

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	UserAccountRepository users;

	@Autowired
	CityCatalog cities;

	@Autowired
	JdbcClient jdbc;

	@Test
	void listsUsersWithRolesAndStatus() throws Exception {
		this.mvc.perform(get("/admin/users").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("admin")))
			.andExpect(content().string(containsString("Administrator")))
			.andExpect(content().string(containsString("Enabled")));
	}

	@Test
	void searchIgnoresAccentsAndCase() throws Exception {
		this.accounts.create("search.jose", "José Ñandú Pérez", null, PASSWORD, Set.of(Role.VIEWER));
		this.mvc.perform(get("/admin/users").param("q", "JOSE nandu"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("search.jose")))
			.andExpect(content().string(not(containsString(">coordinacion<"))));
		this.mvc.perform(get("/admin/users").param("q", "search.jo"))
			.andExpect(content().string(containsString("José Ñandú Pérez")));
	}

	@Test
	void sortsAndPages() throws Exception {
		for (int i = 0; i < 3; i++) {
			this.accounts.create("page.user" + i, "Paged " + i, null, PASSWORD, Set.of(Role.VIEWER));
		}
		this.mvc.perform(get("/admin/users").param("q", "page.user").param("size", "2").param("sort", "username,desc"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("page.user2")))
			.andExpect(content().string(containsString("page.user1")))
			.andExpect(content().string(not(containsString("page.user0"))));
		this.mvc
			.perform(get("/admin/users").param("q", "page.user")
				.param("size", "2")
				.param("page", "1")
				.param("sort", "username,desc"))
			.andExpect(content().string(containsString("page.user0")))
			.andExpect(content().string(not(containsString("page.user2"))));
		this.mvc.perform(get("/admin/users").param("page", "-5").param("size", "abc").param("sort", "nonsense,up"))
			.andExpect(status().isOk());
	}

	@Test
	void createsAUser() throws Exception {
		this.mvc.perform(get("/admin/users/new")).andExpect(status().isOk());
		this.mvc
			.perform(post("/admin/users").with(csrf())
				.param("username", "created.maria")
				.param("displayName", "María")
				.param("email", "maria@example.org")
				.param("roles", "COORDINATOR", "VIEWER")
				.param("password", PASSWORD))
			.andExpect(redirectedUrlPattern("/admin/users/*"))
			.andExpect(flash().attribute("message", "accounts.user.created"));
		UserAccount created = this.users.findByUsername("created.maria").orElseThrow();
		assertThat(created.getRoles()).containsExactlyInAnyOrder(Role.COORDINATOR, Role.VIEWER);
		assertThat(created.getEmail()).isEqualTo("maria@example.org");
		assertThat(created.isEnabled()).isTrue();
		new Browser(this.mvc).login("created.maria", PASSWORD);
	}

	@Test
	void refusesADuplicateUsernameNextToTheField() throws Exception {
		this.mvc
			.perform(post("/admin/users").with(csrf())
				.param("username", "coordinacion")
				.param("displayName", "Other")
				.param("roles", "VIEWER")
				.param("password", PASSWORD)
				.param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(view().name("accounts/user-form"))
			.andExpect(model().attributeHasFieldErrorCode("newUserForm", "username", "accounts.username.taken"))
			.andExpect(content().string(containsString("This username is already taken")));
	}

	@Test
	void refusesAMissingRoleABadUsernameAndAWeakPassword() throws Exception {
		this.mvc
			.perform(post("/admin/users").with(csrf())
				.param("username", "Bad Name!")
				.param("displayName", "")
				.param("email", "not-an-email")
				.param("password", "short"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("newUserForm", "username", "displayName", "email", "roles"));
		this.mvc
			.perform(post("/admin/users").with(csrf())
				.param("username", "weak.pw")
				.param("displayName", "Weak")
				.param("roles", "VIEWER")
				.param("password", "short")
				.param("lang", "pt"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("newUserForm", "password", "accounts.password.tooShort"))
			.andExpect(content().string(containsString("A senha deve ter pelo menos 10 caracteres")));
		this.mvc
			.perform(post("/admin/users").with(csrf())
				.param("username", "same.as.password")
				.param("displayName", "Same")
				.param("roles", "VIEWER")
				.param("password", "same.as.password"))
			.andExpect(model().attributeHasFieldErrorCode("newUserForm", "password", "accounts.password.isUsername"));
		assertThat(this.users.existsByUsername("weak.pw")).isFalse();
		assertThat(this.users.existsByUsername("same.as.password")).isFalse();
	}

	@Test
	void editsNameEmailAndRoles() throws Exception {
		UserAccount user = this.accounts.create("edit.rui", "Rui", null, PASSWORD, Set.of(Role.VIEWER));
		this.mvc.perform(get("/admin/users/{id}", user.getId())).andExpect(status().isOk());
		this.mvc
			.perform(post("/admin/users/{id}", user.getId()).with(csrf())
				.param("displayName", "Rui Barbosa")
				.param("email", "rui@example.org")
				.param("roles", "MENTOR")
				.param("mentorCityId", String.valueOf(medellin()))
				.param("enabled", "true"))
			.andExpect(redirectedUrl("/admin/users/" + user.getId()));
		UserAccount edited = this.users.findById(user.getId()).orElseThrow();
		assertThat(edited.getDisplayName()).isEqualTo("Rui Barbosa");
		assertThat(edited.getRoles()).containsExactly(Role.MENTOR);
		assertThat(edited.isEnabled()).isTrue();
		this.mvc
			.perform(post("/admin/users/{id}", user.getId()).with(csrf())
				.param("displayName", "Rui Barbosa")
				.param("roles", ""))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("editUserForm", "roles"));
	}

	@Test
	void theSecondOfTwoConcurrentEditsIsTold() throws Exception {
		UserAccount user = this.accounts.create("edit.twice", "Twice", null, PASSWORD, Set.of(Role.VIEWER));
		long version = this.users.findById(user.getId()).orElseThrow().getVersion();
		this.mvc
			.perform(post("/admin/users/{id}", user.getId()).with(csrf())
				.param("displayName", "First edit")
				.param("roles", "VIEWER")
				.param("enabled", "true")
				.param("version", String.valueOf(version)))
			.andExpect(redirectedUrl("/admin/users/" + user.getId()));
		this.mvc
			.perform(post("/admin/users/{id}", user.getId()).with(csrf())
				.param("displayName", "Second edit")
				.param("roles", "VIEWER")
				.param("enabled", "true")
				.param("version", String.valueOf(version))
				.param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else changed this user")));
		assertThat(this.users.findById(user.getId()).orElseThrow().getDisplayName()).isEqualTo("First edit");
	}

	@Test
	void disablesAndEnablesAUser() throws Exception {
		UserAccount user = this.accounts.create("toggle.eva", "Eva", null, PASSWORD, Set.of(Role.VIEWER));
		this.mvc.perform(get("/admin/users/{id}", user.getId()))
			.andExpect(content().string(containsString("data-confirm=")));
		this.mvc.perform(post("/admin/users/{id}/disable", user.getId()).with(csrf()))
			.andExpect(flash().attribute("message", "accounts.user.wasDisabled"));
		assertThat(this.users.findById(user.getId()).orElseThrow().isEnabled()).isFalse();
		assertThat(new Browser(this.mvc).login("toggle.eva", PASSWORD).getResponse().getRedirectedUrl())
			.isEqualTo("/login?error=disabled");
		this.mvc.perform(post("/admin/users/{id}/enable", user.getId()).with(csrf()))
			.andExpect(flash().attribute("message", "accounts.user.wasEnabled"));
		assertThat(new Browser(this.mvc).login("toggle.eva", PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/");
	}

	@Test
	void resetsAPasswordAndUnlocks() throws Exception {
		UserAccount user = this.accounts.create("reset.ivo", "Ivo", null, PASSWORD, Set.of(Role.VIEWER));
		Browser browser = new Browser(this.mvc);
		for (int i = 0; i < 5; i++) {
			browser.login("reset.ivo", "wrong-password");
		}
		assertThat(this.users.findById(user.getId()).orElseThrow().getLockedUntil()).isNotNull();
		this.mvc.perform(post("/admin/users/{id}/password", user.getId()).with(csrf()).param("password", "short"))
			.andExpect(status().isOk())
			.andExpect(
					model().attributeHasFieldErrorCode("passwordResetForm", "password", "accounts.password.tooShort"));
		this.mvc
			.perform(post("/admin/users/{id}/password", user.getId()).with(csrf())
				.param("password", "a-brand-new-password"))
			.andExpect(flash().attribute("message", "accounts.user.passwordReset"));
		assertThat(browser.login("reset.ivo", "a-brand-new-password").getResponse().getRedirectedUrl()).isEqualTo("/");
	}

	@Test
	void unlocksALockedAccount() throws Exception {
		UserAccount user = this.accounts.create("unlock.olga", "Olga", null, PASSWORD, Set.of(Role.VIEWER));
		Browser browser = new Browser(this.mvc);
		for (int i = 0; i < 5; i++) {
			browser.login("unlock.olga", "wrong-password");
		}
		this.mvc.perform(get("/admin/users/{id}", user.getId())).andExpect(content().string(containsString("unlock")));
		this.mvc.perform(post("/admin/users/{id}/unlock", user.getId()).with(csrf()))
			.andExpect(flash().attribute("message", "accounts.user.wasUnlocked"));
		assertThat(browser.login("unlock.olga", PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/");
	}

	@Test
	void anAdministratorCannotDisableThemselfNorDropTheirAdminRole() throws Exception {
		long self = this.users.findByUsername("admin").orElseThrow().getId();
		this.mvc.perform(post("/admin/users/{id}/disable", self).with(csrf()))
			.andExpect(flash().attribute("error", "accounts.admin.cannotDisableSelf"));
		this.mvc
			.perform(post("/admin/users/{id}", self).with(csrf())
				.param("displayName", "Administrador")
				.param("roles", "ADMIN")
				.param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(
					model().attributeHasFieldErrorCode("editUserForm", "enabled", "accounts.admin.cannotDisableSelf"))
			.andExpect(content().string(containsString("You cannot disable your own account")));
		this.mvc
			.perform(post("/admin/users/{id}", self).with(csrf())
				.param("displayName", "Administrador")
				.param("roles", "VIEWER")
				.param("enabled", "true"))
			.andExpect(model().attributeHasFieldErrorCode("editUserForm", "roles", "accounts.admin.cannotDemoteSelf"));
		UserAccount admin = this.users.findById(self).orElseThrow();
		assertThat(admin.isEnabled()).isTrue();
		assertThat(admin.getRoles()).contains(Role.ADMIN);
	}

	@Test
	void unknownUsersAreNotFound() throws Exception {
		this.mvc.perform(get("/admin/users/{id}", 999_999)).andExpect(status().isNotFound());
		this.mvc.perform(get("/admin/users/{id}", "abc")).andExpect(status().isBadRequest());
		this.mvc.perform(post("/admin/users/{id}/disable", 999_999).with(csrf())).andExpect(status().isNotFound());
	}

	@ParameterizedTest
	@ValueSource(strings = { "COORDINATOR", "SECRETARIAT", "MENTOR", "VIEWER" })
	void otherRolesMayNotManageUsers(String role) throws Exception {
		this.mvc.perform(get("/admin/users").with(user("someone").roles(role))).andExpect(status().isForbidden());
		this.mvc.perform(get("/admin/users/new").with(user("someone").roles(role))).andExpect(status().isForbidden());
		this.mvc
			.perform(post("/admin/users").with(user("someone").roles(role))
				.with(csrf())
				.param("username", "sneaky.user")
				.param("displayName", "Sneaky")
				.param("roles", "ADMIN")
				.param("password", PASSWORD))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/").with(user("someone").roles(role)))
			.andExpect(content().string(not(containsString("/admin/users"))));
		assertThat(this.users.existsByUsername("sneaky.user")).isFalse();
	}

	@Test
	void theNavigationShowsUsersToAdministrators() throws Exception {
		this.mvc.perform(get("/")).andExpect(content().string(containsString("href=\"/admin/users\"")));
	}

	@Test
	void aMentorIsBoundToAMemberCity() throws Exception {
		this.mvc
			.perform(post("/admin/users").with(csrf())
				.param("username", "mentor.cuenca")
				.param("displayName", "Mentora de Cuenca")
				.param("roles", "MENTOR")
				.param("mentorCityId", String.valueOf(memberCity("Cuenca")))
				.param("password", PASSWORD))
			.andExpect(redirectedUrlPattern("/admin/users/*"));
		UserAccount mentor = this.users.findByUsername("mentor.cuenca").orElseThrow();
		assertThat(mentor.getMentorCityId()).isEqualTo(memberCity("Cuenca"));
		this.mvc.perform(get("/admin/users/{id}", mentor.getId()))
			.andExpect(content().string(containsString("selected=\"selected\">Cuenca (EC)")));
	}

	@Test
	void aMentorWithoutACityIsRefusedWithAMessage() throws Exception {
		this.mvc
			.perform(post("/admin/users").with(csrf())
				.param("lang", "en")
				.param("username", "mentor.nocity")
				.param("displayName", "Nobody's mentor")
				.param("roles", "MENTOR")
				.param("mentorCityId", "")
				.param("password", PASSWORD))
			.andExpect(status().isOk())
			.andExpect(
					model().attributeHasFieldErrorCode("newUserForm", "mentorCityId", "accounts.mentorCity.required"));
		assertThat(this.users.findByUsername("mentor.nocity")).isEmpty();
	}

	@Test
	void aMentorBoundToACandidateCityIsRefused() throws Exception {
		long bogota = this.jdbc.sql("select id from city where name = 'Bogotá'").query(Long.class).single();
		UserAccount user = this.accounts.create("mentor.bogota", "Not a member", null, PASSWORD, Set.of(Role.VIEWER));
		this.mvc
			.perform(post("/admin/users/{id}", user.getId()).with(csrf())
				.param("displayName", "Not a member")
				.param("roles", "MENTOR")
				.param("mentorCityId", String.valueOf(bogota))
				.param("enabled", "true"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("editUserForm", "mentorCityId",
					"accounts.mentorCity.notMember"));
		assertThat(this.users.findById(user.getId()).orElseThrow().getRoles()).containsExactly(Role.VIEWER);
	}

	@Test
	void theDemoMentorIsBoundToMedellin() {
		assertThat(this.users.findByUsername("mentor").orElseThrow().getMentorCityId()).isEqualTo(medellin());
	}

	@Test
	void aUserWhoIsNoLongerAMentorLosesTheCity() {
		UserAccount user = this.accounts.create("mentor.former", "Former mentor", null, PASSWORD, Set.of(Role.MENTOR),
				medellin());
		this.accounts.update("admin", user.getId(), null, "Former mentor", null, Set.of(Role.VIEWER), true, medellin());
		assertThat(this.users.findById(user.getId()).orElseThrow().getMentorCityId()).isNull();
	}

	@Test
	void aUsersPageShowsTheirHistory() throws Exception {
		UserAccount user = this.accounts.create("history.ines", "Inés", null, PASSWORD, Set.of(Role.VIEWER));
		this.accounts.update("admin", user.getId(), null, "Inés Quispe", null, Set.of(Role.VIEWER), true);
		this.mvc.perform(get("/admin/users/{id}", user.getId()).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"history\"")))
			.andExpect(content().string(containsString("Inés Quispe")))
			.andExpect(content().string(containsString("audit-action-update")))
			.andExpect(content().string(containsString("audit-action-create")));
	}

	private long medellin() {
		return memberCity("Medellín");
	}

	private long memberCity(String name) {
		return this.cities.memberCities()
			.stream()
			.filter((city) -> city.name().equals(name))
			.map(CitySummary::id)
			.findFirst()
			.orElseThrow();
	}

}
