/**
 * The audit trail: every create, update and delete of domain data is recorded with the
 * acting user, the time, the entity and, per field, the value before and after. A module
 * puts its entity under audit by annotating it with {@link org.integra.audit.Audited}
 * (fields that must never be recorded carry {@link org.integra.audit.AuditIgnored}); the
 * capture hooks into Hibernate's event system and writes in the same transaction as the
 * change. {@link org.integra.audit.AuditTrail} answers queries: a record's history (shown
 * with the reusable {@code audit/history :: history(entries)} fragment) and the filtered,
 * paged list of all changes behind the administrator's page and the REST API. Depends on
 * the system module only.
 */
package org.integra.audit;
