package org.integra.audit.capture;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.integra.audit.AuditIgnored;
import org.integra.audit.Audited;

/**
 * What the trail needs to know about an audited entity class: its logical type name, the
 * attribute that labels its records, and which attributes are never recorded.
 */
final class AuditedType {

	private static final List<String> LABEL_CANDIDATES = List.of("name", "title", "displayName", "username", "code");

	private final String name;

	private final int labelIndex;

	private final Set<String> ignored;

	/** Marks entity classes found not to be audited. */
	static final AuditedType NONE = new AuditedType("", -1, Set.of());

	private AuditedType(String name, int labelIndex, Set<String> ignored) {
		this.name = name;
		this.labelIndex = labelIndex;
		this.ignored = ignored;
	}

	/**
	 * Describes the entity class, or returns {@code null} when it is not audited.
	 */
	static AuditedType of(Class<?> entityClass, String[] propertyNames, int versionIndex) {
		Audited audited = entityClass.getAnnotation(Audited.class);
		if (audited == null) {
			return null;
		}
		String name = audited.value().isBlank() ? entityClass.getSimpleName() : audited.value();
		Set<String> ignored = new HashSet<>();
		for (int i = 0; i < propertyNames.length; i++) {
			if (i == versionIndex || isIgnored(entityClass, propertyNames[i])) {
				ignored.add(propertyNames[i]);
			}
		}
		int labelIndex = -1;
		List<String> candidates = audited.label().isBlank() ? LABEL_CANDIDATES : List.of(audited.label());
		for (String candidate : candidates) {
			int index = List.of(propertyNames).indexOf(candidate);
			if (index >= 0 && !ignored.contains(candidate)) {
				labelIndex = index;
				break;
			}
		}
		return new AuditedType(name, labelIndex, Set.copyOf(ignored));
	}

	/**
	 * Whether the attribute (field or getter) of that class or a superclass carries
	 * {@link AuditIgnored}.
	 */
	static boolean isIgnored(Class<?> type, String attribute) {
		String capitalized = attribute.substring(0, 1).toUpperCase(Locale.ROOT) + attribute.substring(1);
		for (Class<?> current = type; current != null && current != Object.class; current = current.getSuperclass()) {
			for (Field field : current.getDeclaredFields()) {
				if (field.getName().equals(attribute) && field.isAnnotationPresent(AuditIgnored.class)) {
					return true;
				}
			}
			for (Method method : current.getDeclaredMethods()) {
				if (method.getParameterCount() == 0
						&& (method.getName().equals("get" + capitalized) || method.getName().equals("is" + capitalized))
						&& method.isAnnotationPresent(AuditIgnored.class)) {
					return true;
				}
			}
		}
		return false;
	}

	String name() {
		return this.name;
	}

	int labelIndex() {
		return this.labelIndex;
	}

	boolean records(String attribute) {
		return !this.ignored.contains(attribute);
	}

}
