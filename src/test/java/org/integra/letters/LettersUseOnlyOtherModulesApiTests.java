package org.integra.letters;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.data.repository.Repository;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The letters read the directory and the cities through the summaries those modules
 * offer, never through their entities or repositories.
 */
class LettersUseOnlyOtherModulesApiTests {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.integra");

	@Test
	void lettersUseNoEntityOrRepositoryOfAnotherModule() {
		noClasses().that()
			.resideInAPackage("org.integra.letters..")
			.should()
			.dependOnClassesThat()
			.belongToAnyOf(org.integra.directory.Person.class, org.integra.directory.Organization.class,
					org.integra.cities.Country.class, org.integra.cities.City.class)
			.check(CLASSES);
	}

	@Test
	void lettersUseNoRepositoryOfAnotherModule() {
		noClasses().that()
			.resideInAPackage("org.integra.letters..")
			.should()
			.dependOnClassesThat(JavaClass.Predicates.assignableTo(Repository.class)
				.and(JavaClass.Predicates.resideInAPackage("org.integra.."))
				.and(JavaClass.Predicates.resideOutsideOfPackage("org.integra.letters..")))
			.check(CLASSES);
	}

}
