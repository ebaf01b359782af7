package org.integra.audit.capture;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import org.hibernate.collection.spi.PersistentCollection;
import org.hibernate.engine.spi.EntityEntry;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.event.spi.AbstractCollectionEvent;
import org.hibernate.event.spi.PostCollectionRecreateEvent;
import org.hibernate.event.spi.PostCollectionRecreateEventListener;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.event.spi.PreCollectionRemoveEvent;
import org.hibernate.event.spi.PreCollectionRemoveEventListener;
import org.hibernate.event.spi.PreCollectionUpdateEvent;
import org.hibernate.event.spi.PreCollectionUpdateEventListener;
import org.hibernate.persister.collection.CollectionPersister;
import org.hibernate.persister.entity.EntityPersister;

import org.integra.audit.AuditAction;
import org.integra.audit.AuditFieldChange;

/**
 * Turns Hibernate's entity and collection events about {@code @Audited} entities into
 * field changes. Collections are read from the event's own snapshot and never loaded: an
 * uninitialised collection is not recorded.
 */
final class AuditEventListener implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener,
		PreCollectionUpdateEventListener, PostCollectionRecreateEventListener, PreCollectionRemoveEventListener {

	private final AuditRecorder recorder;

	private final Map<String, AuditedType> types = new ConcurrentHashMap<>();

	AuditEventListener(AuditRecorder recorder) {
		this.recorder = recorder;
	}

	@Override
	public boolean requiresPostCommitHandling(EntityPersister persister) {
		return false;
	}

	@Override
	public void onPostInsert(PostInsertEvent event) {
		AuditedType type = typeOf(event.getPersister());
		if (type == null) {
			return;
		}
		Map<String, String> after = StateText.values(type, event.getPersister(), event.getState(), event.getSession());
		List<AuditFieldChange> changes = new ArrayList<>();
		after.forEach((field, value) -> {
			if (value != null) {
				changes.add(new AuditFieldChange(field, null, value));
			}
		});
		this.recorder.record(event.getSession(), AuditAction.CREATE, type.name(), idText(event.getId()),
				StateText.label(type, event.getPersister(), event.getState(), event.getSession()), changes);
	}

	@Override
	public void onPostUpdate(PostUpdateEvent event) {
		AuditedType type = typeOf(event.getPersister());
		if (type == null) {
			return;
		}
		Map<String, String> after = StateText.values(type, event.getPersister(), event.getState(), event.getSession());
		List<AuditFieldChange> changes = new ArrayList<>();
		if (event.getOldState() != null) {
			Map<String, String> before = StateText.values(type, event.getPersister(), event.getOldState(),
					event.getSession());
			after.forEach((field, value) -> {
				if (!Objects.equals(before.get(field), value)) {
					changes.add(new AuditFieldChange(field, before.get(field), value));
				}
			});
		}
		else {
			// no snapshot (a stateless session, or a detached instance updated blindly):
			// the
			// values before are unknown, so record the values after of what may have
			// changed
			int[] dirty = event.getDirtyProperties();
			String[] names = event.getPersister().getPropertyNames();
			after.forEach((field, value) -> {
				if (dirty == null || isAmong(field, dirty, names)) {
					changes.add(new AuditFieldChange(field, null, value));
				}
			});
		}
		this.recorder.record(event.getSession(), AuditAction.UPDATE, type.name(), idText(event.getId()),
				StateText.label(type, event.getPersister(), event.getState(), event.getSession()), changes);
	}

	private static boolean isAmong(String field, int[] indexes, String[] names) {
		for (int index : indexes) {
			if (field.equals(names[index]) || field.startsWith(names[index] + ".")) {
				return true;
			}
		}
		return false;
	}

	@Override
	public void onPostDelete(PostDeleteEvent event) {
		AuditedType type = typeOf(event.getPersister());
		if (type == null) {
			return;
		}
		Object[] state = event.getDeletedState();
		List<AuditFieldChange> changes = new ArrayList<>();
		if (state != null) {
			StateText.values(type, event.getPersister(), state, event.getSession()).forEach((field, value) -> {
				if (value != null) {
					changes.add(new AuditFieldChange(field, value, null));
				}
			});
		}
		String label = (state != null) ? StateText.label(type, event.getPersister(), state, event.getSession()) : null;
		this.recorder.record(event.getSession(), AuditAction.DELETE, type.name(), idText(event.getId()), label,
				changes);
	}

	@Override
	public void onPreUpdateCollection(PreCollectionUpdateEvent event) {
		Target target = targetOf(event);
		if (target == null) {
			return;
		}
		String before = StateText.snapshot(event.getCollection(), target.session());
		String after = StateText.collection(event.getCollection(), target.session());
		if (!Objects.equals(before, after)) {
			record(target, AuditAction.UPDATE, before, after);
		}
	}

	@Override
	public void onPostRecreateCollection(PostCollectionRecreateEvent event) {
		Target target = targetOf(event);
		if (target == null) {
			return;
		}
		String after = StateText.collection(event.getCollection(), target.session());
		if (after != null) {
			record(target, AuditAction.UPDATE, null, after);
		}
	}

	@Override
	public void onPreRemoveCollection(PreCollectionRemoveEvent event) {
		Target target = targetOf(event);
		if (target == null) {
			return;
		}
		String before = StateText.snapshot(event.getCollection(), target.session());
		if (before == null) {
			return;
		}
		record(target, ownerBeingDeleted(event, target.session()) ? AuditAction.DELETE : AuditAction.UPDATE, before,
				null);
	}

	private void record(Target target, AuditAction action, String before, String after) {
		this.recorder.record(target.session(), action, target.type().name(), target.ownerId(), null,
				List.of(new AuditFieldChange(target.field(), before, after)));
	}

	private static boolean ownerBeingDeleted(AbstractCollectionEvent event, SharedSessionContractImplementor session) {
		Object owner = event.getAffectedOwnerOrNull();
		if (owner == null) {
			return false;
		}
		EntityEntry entry = session.getPersistenceContextInternal().getEntry(owner);
		return entry != null && entry.getStatus().isDeletedOrGone();
	}

	private record Target(SharedSessionContractImplementor session, AuditedType type, String ownerId, String field) {
	}

	/**
	 * The audited owner and field a collection event is about, or {@code null} when it is
	 * not to be recorded: owner not audited or unknown, inverse side of an association
	 * (the owning side records it), ignored field, or collection not loaded.
	 */
	private Target targetOf(AbstractCollectionEvent event) {
		CollectionPersister collectionPersister = event.getCollectionPersister();
		PersistentCollection<?> collection = event.getCollection();
		// the collection's session: events of stateless sessions carry none themselves
		SharedSessionContractImplementor session = (collection != null) ? collection.getSession() : null;
		if (session == null || collectionPersister == null || collectionPersister.isInverse()
				|| event.getAffectedOwnerIdOrNull() == null || !collection.wasInitialized()) {
			return null;
		}
		EntityPersister owner = collectionPersister.getOwnerEntityPersister();
		if (event.getAffectedOwnerEntityName() != null) {
			EntityPersister named = session.getFactory()
				.getMappingMetamodel()
				.findEntityDescriptor(event.getAffectedOwnerEntityName());
			owner = (named != null) ? named : owner;
		}
		AuditedType type = typeOf(owner);
		if (type == null) {
			return null;
		}
		String role = collectionPersister.getRole();
		String prefix = owner.getEntityName() + ".";
		String field = role.startsWith(prefix) ? role.substring(prefix.length())
				: role.substring(role.lastIndexOf('.') + 1);
		String topLevel = field.contains(".") ? field.substring(0, field.indexOf('.')) : field;
		if (!type.records(topLevel) || !type.records(field)) {
			return null;
		}
		return new Target(session, type, idText(event.getAffectedOwnerIdOrNull()), field);
	}

	private AuditedType typeOf(EntityPersister persister) {
		AuditedType type = this.types.computeIfAbsent(persister.getEntityName(), (name) -> {
			int version = persister.isVersioned() ? persister.getVersionPropertyIndex() : -1;
			AuditedType audited = AuditedType.of(persister.getMappedClass(), persister.getPropertyNames(), version);
			return (audited != null) ? audited : AuditedType.NONE;
		});
		return (type == AuditedType.NONE) ? null : type;
	}

	private static String idText(Object id) {
		return ValueText.of(id, (ignored) -> null);
	}

}
