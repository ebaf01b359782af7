package org.integra;

import java.util.List;

import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;

import org.springframework.data.repository.Repository;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModuleInformation;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.NamedInterface;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

class ModularityTests {

	/** Modules not yet declaring their dependencies; none left. */
	private static final List<String> WITHOUT_DECLARED_DEPENDENCIES = List.of();

	private final ApplicationModules modules = ApplicationModules.of(IntegraApplication.class);

	@Test
	void verifiesModularStructure() {
		this.modules.verify();
	}

	@Test
	void everyModuleDeclaresWhatItMayUse() {
		for (ApplicationModule module : this.modules) {
			String name = module.getIdentifier().toString();
			if (module.isOpen() || WITHOUT_DECLARED_DEPENDENCIES.contains(name)) {
				continue;
			}
			assertThat(ApplicationModuleInformation.of(module.getBasePackage()).getDeclaredDependencies())
				.as("allowed dependencies of %s", name)
				.isNotEmpty();
		}
	}

	@Test
	void noEntityNorRepositoryIsOfferedToOtherModules() {
		for (ApplicationModule module : this.modules) {
			module.getNamedInterfaces()
				.stream()
				.filter(NamedInterface::isNamed)
				.flatMap(NamedInterface::asJavaClasses)
				.forEach((
						type) -> assertThat(type.isAnnotatedWith(Entity.class) || type.isAssignableTo(Repository.class))
							.as("%s offered by %s", type.getName(), module.getIdentifier())
							.isFalse());
		}
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(this.modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
	}

}
