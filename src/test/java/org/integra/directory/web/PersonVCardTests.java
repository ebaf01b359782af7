package org.integra.directory.web;

import org.integra.IntegraTest;
import org.integra.directory.Directory;
import org.integra.directory.OrganizationForm;
import org.integra.directory.OrganizationKind;
import org.integra.directory.PersonForm;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegraTest
@WithMockUser(username = "consejo", roles = "VIEWER")
class PersonVCardTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Directory directory;

	@Test
	void aPersonDownloadsAsAVCardFromThePageAndTheApi() throws Exception {
		OrganizationForm organization = new OrganizationForm();
		organization.setName("Embajada vCard, Prueba; Uno");
		organization.setKind(OrganizationKind.EMBASSY);
		long organizationId = this.directory.create(organization).getId();
		PersonForm form = new PersonForm();
		form.setName("José Ñúñez Peña");
		form.setPosition("Cónsul");
		form.setOrganizationId(organizationId);
		form.setEmail("jose@example.org");
		form.setPhone("+591 2 123456");
		form.setPreferredLanguage("es");
		form.setNotes("Primera línea\nsegunda, con coma");
		long id = this.directory.create(form).getId();
		for (String path : new String[] { "/directory/people/" + id + "/vcard", "/api/v1/people/" + id + "/vcard" }) {
			this.mvc.perform(get(path))
				.andExpect(status().isOk())
				.andExpect(content().contentTypeCompatibleWith(MediaType.parseMediaType("text/vcard")))
				.andExpect(header().string(HttpHeaders.CONTENT_TYPE, containsString("charset=UTF-8")))
				.andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
						"attachment; filename=\"Jose-Nunez-Pena.vcf\""))
				.andExpect(content().string(containsString("BEGIN:VCARD\r\nVERSION:4.0\r\n")))
				.andExpect(content().string(containsString("\r\nFN:José Ñúñez Peña\r\n")))
				.andExpect(content().string(containsString("\r\nN:Ñúñez Peña;José;;;\r\n")))
				.andExpect(content().string(containsString("\r\nORG:Embajada vCard\\, Prueba\\; Uno\r\n")))
				.andExpect(content().string(containsString("\r\nTITLE:Cónsul\r\n")))
				.andExpect(content().string(containsString("\r\nLANG:es\r\n")))
				.andExpect(content().string(containsString("\r\nNOTE:Primera línea\\nsegunda\\, con coma\r\n")));
		}
		this.mvc.perform(get("/directory/people/" + id))
			.andExpect(content().string(containsString("id=\"download-vcard\"")))
			.andExpect(content().string(containsString("/directory/people/" + id + "/vcard")));
		this.mvc.perform(get("/directory/people/999999999/vcard")).andExpect(status().isNotFound());
	}

}
