package org.integra;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.modulith.test.EnableScenarios;

/**
 * An {@link IntegraTest} whose test methods may take Spring Modulith's
 * {@link org.springframework.modulith.test.Scenario}, for the events between modules. It
 * runs in the whole application, in the context of {@link IntegraTest.Settings#DEFAULT}
 * that the other tests share, rather than in a context of one module's own as
 * {@code @ApplicationModuleTest} would start: a listener is then tested with every other
 * listener of its event present, as it runs. {@code ModularityTests} checks the module
 * boundaries.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@IntegraTest
@EnableScenarios
public @interface IntegraEventTest {

}
