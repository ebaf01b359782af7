/**
 * Capture of changes: Hibernate event listeners that turn inserts, updates, deletes and
 * collection changes of {@code @Audited} entities into audit entries, buffered per
 * transaction and written through the session's own connection just before it commits.
 */
package org.integra.audit.capture;
