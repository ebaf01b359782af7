package org.integra.audit.capture;

import java.time.Clock;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;

import org.springframework.stereotype.Component;

/**
 * Hooks the audit capture into Hibernate's event system when the application starts,
 * before any data is written.
 */
@Component
class AuditCaptureRegistration {

	AuditCaptureRegistration(EntityManagerFactory entityManagerFactory, Clock clock) {
		EventListenerRegistry registry = entityManagerFactory.unwrap(SessionFactoryImplementor.class)
			.getEventListenerRegistry();
		AuditEventListener listener = new AuditEventListener(new AuditRecorder(clock));
		registry.appendListeners(EventType.POST_INSERT, listener);
		registry.appendListeners(EventType.POST_UPDATE, listener);
		registry.appendListeners(EventType.POST_DELETE, listener);
		registry.appendListeners(EventType.PRE_COLLECTION_UPDATE, listener);
		registry.appendListeners(EventType.POST_COLLECTION_RECREATE, listener);
		registry.appendListeners(EventType.PRE_COLLECTION_REMOVE, listener);
	}

}
