package org.integra.audit.capture;

import java.io.Serializable;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.hibernate.collection.spi.PersistentCollection;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.proxy.HibernateProxy;
import org.hibernate.type.CompositeType;
import org.hibernate.type.Type;

/**
 * Reads an entity's state arrays and collections, as Hibernate hands them to listeners,
 * into the text of each recorded field. Associations are resolved to identifiers without
 * initialising proxies.
 */
final class StateText {

	private StateText() {
	}

	/**
	 * Every recorded attribute with its value as text; embedded values are flattened to
	 * {@code attribute.part}; collections are left to the collection events.
	 */
	static Map<String, String> values(AuditedType type, EntityPersister persister, Object[] state,
			SharedSessionContractImplementor session) {
		Map<String, String> values = new LinkedHashMap<>();
		String[] names = persister.getPropertyNames();
		Type[] types = persister.getPropertyTypes();
		for (int i = 0; i < names.length; i++) {
			if (type.records(names[i])) {
				flatten(names[i], types[i], state[i], values, session);
			}
		}
		return values;
	}

	private static void flatten(String field, Type type, Object value, Map<String, String> values,
			SharedSessionContractImplementor session) {
		if (type.isCollectionType()) {
			return;
		}
		if (type instanceof CompositeType composite && !type.isEntityType()) {
			String[] names = composite.getPropertyNames();
			Type[] types = composite.getSubtypes();
			Object[] parts = (value != null) ? composite.getPropertyValues(value) : new Object[names.length];
			for (int i = 0; i < names.length; i++) {
				if (!AuditedType.isIgnored(composite.getReturnedClass(), names[i])) {
					flatten(field + "." + names[i], types[i], parts[i], values, session);
				}
			}
			return;
		}
		values.put(field, ValueText.of(value, (candidate) -> entityId(candidate, session)));
	}

	static String label(AuditedType type, EntityPersister persister, Object[] state,
			SharedSessionContractImplementor session) {
		if (type.labelIndex() < 0) {
			return null;
		}
		return ValueText.of(state[type.labelIndex()], (candidate) -> entityId(candidate, session));
	}

	static String collection(PersistentCollection<?> collection, SharedSessionContractImplementor session) {
		return emptyAsNull(ValueText.of(collection, (candidate) -> entityId(candidate, session)));
	}

	static String snapshot(PersistentCollection<?> collection, SharedSessionContractImplementor session) {
		Serializable snapshot = collection.getStoredSnapshot();
		if (snapshot == null) {
			return null;
		}
		Object contents = snapshot;
		// a set's snapshot maps each element to itself
		if (snapshot instanceof Map<?, ?> map && collection instanceof Collection<?>) {
			contents = map.keySet();
		}
		return emptyAsNull(ValueText.of(contents, (candidate) -> entityId(candidate, session)));
	}

	private static String emptyAsNull(String text) {
		return (text == null || text.isEmpty()) ? null : text;
	}

	private static Object entityId(Object candidate, SharedSessionContractImplementor session) {
		var lazy = HibernateProxy.extractLazyInitializer(candidate);
		if (lazy != null) {
			return lazy.getInternalIdentifier();
		}
		if (candidate instanceof CharSequence || candidate instanceof Number || candidate instanceof Enum<?>) {
			return null;
		}
		EntityPersister persister = session.getFactory()
			.getMappingMetamodel()
			.findEntityDescriptor(candidate.getClass());
		return (persister != null) ? persister.getIdentifier(candidate, session) : null;
	}

}
