package org.integra.letters;

import java.time.Clock;
import java.util.List;

import org.integra.system.DemoSeeds;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads on the first start the templates of the work plan 2017 in Spanish and Portuguese:
 * the first letter of interest to a candidate's mayor (actions 1 and 2), the note asking
 * an embassy to relay the invitation (action 3) and the request to a mentor city (action
 * 4). Names, positions and addresses are fields, filled from the records.
 */
@Component
@ConditionalOnProperty(name = "integra.demo-data", havingValue = "true", matchIfMissing = true)
@Order(30)
class LetterTemplateDemoData implements ApplicationRunner {

	static final String SIGNATURE_ES = """
			{{sender.name}}
			Vicepresidencia de Integración Fronteriza — Mercociudades
			La Paz (Bolivia) y Porto Alegre (Brasil)""";

	static final String SIGNATURE_PT = """
			{{sender.name}}
			Vice-Presidência de Integração Fronteiriça — Mercocidades
			La Paz (Bolívia) e Porto Alegre (Brasil)""";

	static final List<LetterTemplateForm> TEMPLATES = List.of(
			template("Primera carta de interés a la alcaldía (acciones 1–2)", TemplatePurpose.FIRST_LETTER_TO_MAYOR,
					TemplateKind.LETTER, "es", "Invitación a conocer la Red Mercociudades — {{city}}",
					"""
							{{contact.name}}
							{{contact.position}}
							{{city}}, {{country}}

							De nuestra mayor consideración:

							Nos dirigimos a usted en nombre de la Vicepresidencia de Integración Fronteriza de Mercociudades, que ejercen conjuntamente las ciudades de La Paz (Bolivia) y Porto Alegre (Brasil), para invitar a {{city}} a conocer la Red Mercociudades y las oportunidades que ofrece a los gobiernos locales.

							Mercociudades reúne a gobiernos locales de América del Sur que intercambian experiencias y cooperan de manera horizontal a través de sus Unidades Temáticas, espacios de trabajo técnico y político en las áreas que cada ciudad prioriza. Creemos que la participación de {{city}} en estas instancias puede fortalecer su estrategia de internacionalización y sus vínculos con las ciudades de la región.

							Nos gustaría presentarle con más detalle el trabajo de la Red y las ventajas de la membresía, y conocer los temas de mayor interés para su gestión. Quedamos a su disposición para coordinar una conversación en la fecha que le resulte conveniente.

							Sin otro particular, le saludamos con nuestra más distinguida consideración.

							"""
							+ SIGNATURE_ES),
			template("Primeira carta de interesse à prefeitura (ações 1–2)", TemplatePurpose.FIRST_LETTER_TO_MAYOR,
					TemplateKind.LETTER, "pt", "Convite para conhecer a Rede Mercocidades — {{city}}",
					"""
							{{contact.name}}
							{{contact.position}}
							{{city}}, {{country}}

							Prezado(a) Senhor(a),

							Dirigimo-nos a Vossa Senhoria em nome da Vice-Presidência de Integração Fronteiriça da Mercocidades, exercida conjuntamente pelas cidades de La Paz (Bolívia) e Porto Alegre (Brasil), para convidar {{city}} a conhecer a Rede Mercocidades e as oportunidades que ela oferece aos governos locais.

							A Mercocidades reúne governos locais da América do Sul que trocam experiências e cooperam de forma horizontal por meio de suas Unidades Temáticas, espaços de trabalho técnico e político nas áreas que cada cidade prioriza. Acreditamos que a participação de {{city}} nessas instâncias pode fortalecer sua estratégia de internacionalização e seus vínculos com as cidades da região.

							Gostaríamos de apresentar com mais detalhes o trabalho da Rede e as vantagens de ser membro, e de conhecer os temas de maior interesse para sua gestão. Ficamos à disposição para combinar uma conversa na data que lhe for mais conveniente.

							Atenciosamente,

							"""
							+ SIGNATURE_PT),
			template("Nota a la embajada para transmitir la invitación (acción 3)",
					TemplatePurpose.EMBASSY_RELAY_REQUEST, TemplateKind.LETTER, "es",
					"Solicitud de apoyo para transmitir la invitación de Mercociudades a {{city}}",
					"""
							{{contact.name}}
							{{contact.position}}
							{{intermediary}}

							De nuestra consideración:

							La Vicepresidencia de Integración Fronteriza de Mercociudades, ejercida conjuntamente por La Paz (Bolivia) y Porto Alegre (Brasil), trabaja para integrar a la Red nuevos gobiernos locales de la región andina y de otros países de América Latina y el Caribe.

							En ese marco, nos permitimos solicitar su valioso apoyo para que, por intermedio de la Cancillería de {{country}}, se haga llegar a las autoridades de {{city}} la invitación a conocer Mercociudades, a participar en sus Unidades Temáticas y a integrarse a la Red como ciudad miembro.

							Quedamos a su disposición para ampliar la información sobre la Red o coordinar una reunión.

							Aprovechamos la oportunidad para saludarle con nuestra más alta consideración.

							"""
							+ SIGNATURE_ES),
			template("Nota à embaixada para transmitir o convite (ação 3)", TemplatePurpose.EMBASSY_RELAY_REQUEST,
					TemplateKind.LETTER, "pt",
					"Solicitação de apoio para transmitir o convite da Mercocidades a {{city}}",
					"""
							{{contact.name}}
							{{contact.position}}
							{{intermediary}}

							Prezado(a) Senhor(a),

							A Vice-Presidência de Integração Fronteiriça da Mercocidades, exercida conjuntamente por La Paz (Bolívia) e Porto Alegre (Brasil), trabalha para integrar à Rede novos governos locais da região andina e de outros países da América Latina e do Caribe.

							Nesse contexto, permitimo-nos solicitar seu valioso apoio para que, por intermédio da Chancelaria de {{country}}, chegue às autoridades de {{city}} o convite para conhecer a Mercocidades, participar de suas Unidades Temáticas e integrar a Rede como cidade membro.

							Ficamos à disposição para ampliar as informações sobre a Rede ou combinar uma reunião.

							Aproveitamos a oportunidade para apresentar nossos protestos de elevada estima e consideração.

							"""
							+ SIGNATURE_PT),
			template("Solicitud a una ciudad mentora (acción 4)", TemplatePurpose.MENTOR_REQUEST, TemplateKind.EMAIL,
					"es", "Acompañamiento de {{city}} en su acercamiento a Mercociudades",
					"""
							Estimado/a {{contact.name}}:

							Como parte del plan de trabajo de la Vicepresidencia de Integración Fronteriza, que ejercen La Paz y Porto Alegre, coordinamos con las ciudades miembros de la Red en la región andina el acercamiento de nuevas ciudades a Mercociudades.

							Le escribimos para solicitar que {{mentorCity}} acompañe a {{city}} ({{country}}) en este proceso: compartiendo su experiencia como ciudad miembro, facilitando el contacto con sus autoridades y orientándola sobre la participación en las Unidades Temáticas.

							Le agradeceremos que nos confirme su disposición y la persona de contacto de su equipo, para coordinar los próximos pasos.

							Con un cordial saludo,

							"""
							+ SIGNATURE_ES),
			template("Pedido a uma cidade mentora (ação 4)", TemplatePurpose.MENTOR_REQUEST, TemplateKind.EMAIL, "pt",
					"Acompanhamento de {{city}} em sua aproximação à Mercocidades",
					"""
							Prezado(a) {{contact.name}},

							Como parte do plano de trabalho da Vice-Presidência de Integração Fronteiriça, exercida por La Paz e Porto Alegre, coordenamos com as cidades membros da Rede na região andina a aproximação de novas cidades à Mercocidades.

							Escrevemos para solicitar que {{mentorCity}} acompanhe {{city}} ({{country}}) nesse processo: compartilhando sua experiência como cidade membro, facilitando o contato com suas autoridades e orientando-a sobre a participação nas Unidades Temáticas.

							Agradecemos se puder nos confirmar sua disponibilidade e a pessoa de contato de sua equipe, para combinarmos os próximos passos.

							Cordialmente,

							"""
							+ SIGNATURE_PT));

	private final DemoSeeds seeds;

	private final LetterTemplateRepository templates;

	private final Clock clock;

	LetterTemplateDemoData(DemoSeeds seeds, LetterTemplateRepository templates, Clock clock) {
		this.seeds = seeds;
		this.templates = templates;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.seeds.loadOnce("letters-templates", () -> TEMPLATES.forEach((form) -> this.templates
			.save(new LetterTemplate(LetterTemplates.checked(form), this.clock.instant()))));
	}

	private static LetterTemplateForm template(String name, TemplatePurpose purpose, TemplateKind kind, String language,
			String subject, String body) {
		LetterTemplateForm form = new LetterTemplateForm();
		form.setName(name);
		form.setPurpose(purpose);
		form.setKind(kind);
		form.setLanguage(language);
		form.setSubject(subject);
		form.setBody(body);
		return form;
	}

}
