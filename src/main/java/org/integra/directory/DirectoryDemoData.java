package org.integra.directory;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Set;

import org.integra.cities.CityCatalog;
import org.integra.cities.CitySummary;
import org.integra.cities.CountrySummary;
import org.integra.cities.CountryCatalog;
import org.integra.system.DemoSeeds;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads on the first start the partner networks, the local-government associations and
 * the network's 2016-17 bodies as given in the domain facts, and for every country of the
 * plan's candidate cities its embassy in La Paz and Bolivia's embassy in that country
 * (names only).
 */
@Component
@ConditionalOnProperty(name = "integra.demo-data", havingValue = "true", matchIfMissing = true)
@Order(20)
class DirectoryDemoData implements ApplicationRunner {

	static final String BOLIVIA = "BO";

	private final DemoSeeds seeds;

	private final OrganizationRepository organizations;

	private final CityCatalog cities;

	private final CountryCatalog countries;

	private final Clock clock;

	private final RelationshipRepository relationships;

	DirectoryDemoData(DemoSeeds seeds, OrganizationRepository organizations, CityCatalog cities,
			CountryCatalog countries, Clock clock, RelationshipRepository relationships) {
		this.seeds = seeds;
		this.organizations = organizations;
		this.cities = cities;
		this.countries = countries;
		this.clock = clock;
		this.relationships = relationships;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.seeds.loadOnce("directory", this::load);
		this.seeds.loadOnce("directory-relationships", this::loadRelationships);
	}

	/**
	 * Only relationships the domain facts state: the networks CORDIAL coordinates (UCCI,
	 * FLACMA, AL-LAs; Mercociudades itself is not an organization of the directory), and
	 * FLACMA as the Latin American section of CGLU. No dates: the sources give none for
	 * membership.
	 */
	private void loadRelationships() {
		String cordial = "Fuente: CORDIAL es el espacio de coordinación de UCCI, FLACMA, Mercociudades y AL-LAs "
				+ "(mercociudades.net/node/6439 ; ciudadesiberoamericanas.org/2016/10/11/latinoamerica-hablara-a-una-voz-ante-cglu/)";
		relate("UCCI - ", RelationshipKind.MEMBER_OF, "CORDIAL - ", cordial);
		relate("FLACMA - ", RelationshipKind.MEMBER_OF, "CORDIAL - ", cordial);
		relate("AL-LAs - ", RelationshipKind.MEMBER_OF, "CORDIAL - ", cordial);
		relate("FLACMA - ", RelationshipKind.PART_OF, "CGLU / UCLG - ",
				"Fuente: FLACMA es la sección oficial latinoamericana de CGLU "
						+ "(es.wikipedia.org FLACMA, oldid 130518249 ; flacma.lat/historico/)");
	}

	/** Relates the demo networks named by their prefix, if both are still there. */
	private void relate(String fromPrefix, RelationshipKind kind, String toPrefix, String note) {
		Organization from = network(fromPrefix);
		Organization to = network(toPrefix);
		if (from == null || to == null) {
			return;
		}
		this.relationships.save(new Relationship(new RelationshipRules.Link(from.getId(), kind, to.getId(), null, null),
				note, "system", this.clock.instant()));
	}

	private Organization network(String prefix) {
		return this.organizations.findByKindOrderByNameAsc(OrganizationKind.PARTNER_NETWORK)
			.stream()
			.filter((organization) -> organization.getName().startsWith(prefix))
			.findFirst()
			.orElse(null);
	}

	private void load() {
		network("UCCI - Unión de Ciudades Capitales Iberoamericanas",
				"artikeldigital.com/es/Unión_de_Ciudades_Capitales_Iberoamericanas ; swissinfo.ch (2025-11-06) ; mercociudades.org/?p=8282");
		network("FLACMA - Federación Latinoamericana de Ciudades, Municipios y Asociaciones Municipalistas",
				"es.wikipedia.org FLACMA (oldid 130518249) ; flacma.lat/historico/");
		network("AL-LAs - Alianza Euro-Latinoamericana de Cooperación entre Ciudades",
				"proyectoallas.net/about_en ; internacionales.cdmx.gob.mx/.../al-las-project");
		network("CGLU / UCLG - Ciudades y Gobiernos Locales Unidos",
				"bogota2016.uclg.org/sobre-cglu ; encnc.com/d1731125.html");
		network("CORDIAL - Coordinación Latinoamericana de las Autoridades Locales para la Unidad en la Diversidad",
				"mercociudades.net/node/6439 ; ciudadesiberoamericanas.org/2016/10/11/latinoamerica-hablara-a-una-voz-ante-cglu/");
		association("PE", "AMPE - Asociación de Municipalidades del Perú",
				"larepublica.pe/politica/2020/03/14/coronavirus-municipalidades-piden-integrar-el-consejo-de-estado-contra-el-covid-19");
		association("PE", "REMURPE - Red de Municipalidades Urbanas y Rurales del Perú",
				"diariocorreo.pe/politica/jose-maria-balcazar-se-reune-con-alcaldes-de-remurpe-... (2026-03-05)");
		association("EC", "AME - Asociación de Municipalidades Ecuatorianas",
				"ame.gob.ec/2020/10/28/presidente-de-ame-es-designado-copresidente-de-flacma");
		association("CO", "FCM - Federación Colombiana de Municipios",
				"www2.fcm.org.co/index.php?id=89 ; uraia.org/en/institutions/map-en/federation-colombian-municipalities-fcm-colombia/");
		association("CO", "Asocapitales - Asociación Colombiana de Ciudades Capitales",
				"masterthinktankai.com/index-1465.html ; caracol.com.co/2025/09/23/");
		association("BO", "FAM - Federación de Asociaciones Municipales de Bolivia",
				"hemeroteca.correodelsur.com/2015/02/28/151.php ; lostiempos.com");
		association("BO", "AMB - Asociación de Municipalidades de Bolivia",
				"ame.gob.ec/2018/02/26/asociacion-municipalidades-ecuatorianas-similar-bolivia-... ; lavozbolivia.com/amb-cumple-31-anos-y-enfrenta-cuatro-desafios");
		association("PA", "AMUPA - Asociación de Municipios de Panamá",
				"laestrella.com.pa (2025-10-12) ; amupa.org.pa");
		association("CL", "AChM - Asociación Chilena de Municipalidades",
				"es.stringtranslate.com/wiki/Asociación_Chilena_de_Municipalidades ; bkp.achm.cl");
		body("Presidencia de Mercociudades 2016-2017", "AR", "Santa Fe",
				"fdocuments.ec \"Presidencia de Mercociudades 2016-2017\"");
		body("Secretaría Ejecutiva de Mercociudades 2016-2017", "UY", "Montevideo", null);
		body("Vicepresidencia de Integración Fronteriza 2016-2017", "BO", "La Paz (con Porto Alegre)",
				"portal.mercociudades.net/pt-br/node/5949");
		Set<String> codes = new LinkedHashSet<>();
		for (CitySummary city : this.cities.candidateCities()) {
			codes.add(city.countryCode());
		}
		codes.remove(BOLIVIA);
		String bolivia = this.countries.find(BOLIVIA).map(CountrySummary::nameEs).orElse("Bolivia");
		codes.stream().sorted().forEach((code) -> this.countries.find(code).ifPresent((country) -> {
			Organization inLaPaz = organization("Embajada de " + country.nameEs() + " en " + bolivia,
					OrganizationKind.EMBASSY, null);
			inLaPaz.place(code, BOLIVIA, "La Paz", null);
			this.organizations.save(inLaPaz);
			Organization abroad = organization("Embajada de " + bolivia + " en " + country.nameEs(),
					OrganizationKind.EMBASSY, null);
			abroad.place(BOLIVIA, code, this.cities.nationalCapital(code).map(CitySummary::name).orElse(null), null);
			this.organizations.save(abroad);
		}));
	}

	private void network(String name, String source) {
		this.organizations.save(organization(name, OrganizationKind.PARTNER_NETWORK, source));
	}

	private void association(String country, String name, String source) {
		Organization organization = organization(name, OrganizationKind.ASSOCIATION, source);
		organization.place(country, null, null, null);
		this.organizations.save(organization);
	}

	private void body(String name, String country, String city, String source) {
		Organization organization = organization(name, OrganizationKind.NETWORK_BODY, source);
		organization.place(country, country, city, null);
		this.organizations.save(organization);
	}

	private Organization organization(String name, OrganizationKind kind, String source) {
		Organization organization = new Organization(name, kind, this.clock.instant());
		organization.describe(null, (source != null) ? "Fuente: " + source : null);
		return organization;
	}

}
