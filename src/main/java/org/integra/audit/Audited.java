package org.integra.audit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Puts a JPA entity under audit: every insert, update and delete of it, and every change
 * of its element collections, is recorded in the audit trail in the same transaction.
 * Bulk JPQL/SQL updates bypass the entity lifecycle and are not recorded.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Audited {

	/**
	 * The logical entity type recorded in the trail (for example {@code "City"}); by
	 * default the entity's simple class name. Keep it stable: history is looked up by it.
	 */
	String value() default "";

	/**
	 * The attribute whose value labels a record in the trail (for example
	 * {@code "name"}); by default the first present of {@code name}, {@code title},
	 * {@code displayName}, {@code username}, {@code code}.
	 */
	String label() default "";

}
