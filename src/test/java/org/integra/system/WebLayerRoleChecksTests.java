package org.integra.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Web adapters never decide on roles themselves: they ask their module's policy, which
 * gets the caller as an {@link Actor}.
 */
class WebLayerRoleChecksTests {

	private static final DescribedPredicate<JavaMethodCall> ROLE_CHECK = DescribedPredicate
		.describe("a role check (isUserInRole, getAuthorities, getAuthority)", (call) -> {
			String name = call.getTarget().getName();
			return (name.equals("isUserInRole") && call.getTargetOwner().isAssignableTo(HttpServletRequest.class))
					|| (name.equals("getAuthorities") && call.getTargetOwner().isAssignableTo(Authentication.class))
					|| (name.equals("getAuthority") && call.getTargetOwner().isAssignableTo(GrantedAuthority.class));
		});

	static final ArchRule NO_ROLE_CHECKS_IN_WEB = noClasses().that()
		.resideInAPackage("..web..")
		.should()
		.callMethodWhere(ROLE_CHECK)
		.because("who may do what is decided by each module's policy");

	private static final Pattern ROLE_LITERAL = Pattern.compile("\"ROLE_");

	@Test
	void noWebClassChecksRolesItself() {
		JavaClasses application = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("org.integra");
		NO_ROLE_CHECKS_IN_WEB.check(application);
	}

	@Test
	void theRuleCatchesAWebClassThatChecksRoles() {
		JavaClasses planted = new ClassFileImporter().importPackages("org.integra.system.plantedweb");
		assertThatThrownBy(() -> NO_ROLE_CHECKS_IN_WEB.check(planted)).isInstanceOf(AssertionError.class)
			.hasMessageContaining("isUserInRole")
			.hasMessageContaining("getAuthorities");
	}

	@Test
	void noWebSourceNamesARole() {
		assertThat(roleLiteralsInWebSources(Path.of("src/main/java"))).isEmpty();
	}

	@Test
	void theScanFindsARoleNamedInAWebSource(@TempDir Path root) throws IOException {
		Path web = Files.createDirectories(root.resolve("org/integra/sample/web"));
		Files.writeString(web.resolve("SampleController.java"),
				"class SampleController {\n\tboolean admin = user.hasRole(\"ROLE_ADMIN\");\n}\n");
		Files.writeString(Files.createDirectories(root.resolve("org/integra/sample")).resolve("SampleRoles.java"),
				"class SampleRoles {\n\tString admin = \"ROLE_ADMIN\";\n}\n");
		assertThat(roleLiteralsInWebSources(root)).containsExactly("org/integra/sample/web/SampleController.java:2");
	}

	/** Each line of a source under a {@code web} package that names a role authority. */
	static List<String> roleLiteralsInWebSources(Path root) {
		try (Stream<Path> files = Files.walk(root)) {
			return files.filter((file) -> file.toString().endsWith(".java"))
				.filter((file) -> isUnderWebPackage(root.relativize(file)))
				.flatMap((file) -> roleLines(root, file))
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static boolean isUnderWebPackage(Path relative) {
		for (int i = 0; i < relative.getNameCount() - 1; i++) {
			if (relative.getName(i).toString().equals("web")) {
				return true;
			}
		}
		return false;
	}

	private static Stream<String> roleLines(Path root, Path file) {
		try {
			List<String> lines = Files.readAllLines(file);
			String name = root.relativize(file).toString().replace('\\', '/');
			return java.util.stream.IntStream.range(0, lines.size())
				.filter((i) -> ROLE_LITERAL.matcher(lines.get(i)).find())
				.mapToObj((i) -> name + ":" + (i + 1));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
