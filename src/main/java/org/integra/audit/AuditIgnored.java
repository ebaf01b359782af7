package org.integra.audit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A field of an {@link Audited} entity whose values are never recorded: secrets such as
 * password hashes, and technical or derived columns. Version fields ({@code @Version})
 * are skipped without it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.FIELD, ElementType.METHOD })
public @interface AuditIgnored {

}
