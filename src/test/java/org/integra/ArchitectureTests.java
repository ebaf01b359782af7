package org.integra;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.integra.system.RefusedException;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The naming conventions of docs/architecture.md that the compiler and Modulith do not
 * check: exceptions end in {@code Exception}, refusals extend {@link RefusedException},
 * services are named by what they manage, and no two classes share a simple name.
 */
class ArchitectureTests {

	private static final JavaClasses APPLICATION = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.integra");

	@Test
	void exceptionsEndInException() {
		classes().that()
			.areAssignableTo(RuntimeException.class)
			.should()
			.haveSimpleNameEndingWith("Exception")
			.because("a reader tells an exception by its name")
			.check(APPLICATION);
	}

	@Test
	void refusalsExtendRefusedException() {
		classes().that()
			.haveSimpleNameEndingWith("RefusedException")
			.should()
			.beAssignableTo(RefusedException.class)
			.because("the API answers every refusal through RefusedException's one handler")
			.check(APPLICATION);
	}

	@Test
	void servicesAreNamedByWhatTheyManageNotManagement() {
		noClasses().should()
			.haveSimpleNameEndingWith("Management")
			.because("application services are named by the plural of what they manage (Cities, Tasks)")
			.check(APPLICATION);
	}

	@Test
	void topLevelClassesHaveSimpleNamesOfTheirOwn() {
		Map<String, List<String>> byName = APPLICATION.stream()
			.filter((type) -> type.isTopLevelClass() && !type.getSimpleName().equals("package-info"))
			.collect(Collectors.groupingBy(JavaClass::getSimpleName,
					Collectors.mapping(JavaClass::getName, Collectors.toList())));
		assertThat(byName).as("simple names used by more than one class")
			.allSatisfy((name, types) -> assertThat(types).as(name).hasSize(1));
		assertThat(byName).containsKeys("Cities", "RefusedException");
	}

}
