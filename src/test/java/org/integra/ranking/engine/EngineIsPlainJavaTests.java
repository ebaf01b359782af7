package org.integra.ranking.engine;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

class EngineIsPlainJavaTests {

	@Test
	void theEngineDoesNotDependOnSpring() {
		noClasses().that()
			.resideInAPackage("org.integra.ranking.engine..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "jakarta..")
			.check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
				.importPackages("org.integra.ranking.engine"));
	}

}
