/**
 * The audit trail: every create, update and delete of domain data is recorded with the
 * acting user (the signed-in username, {@code system} when nobody is signed in), the time
 * (from the {@link java.time.Clock} bean), the entity and, per field, the value before
 * and after as text. Only changed fields are recorded on update; fields marked
 * {@link org.integra.audit.AuditIgnored} and version fields never are.
 * <p>
 * A module puts an entity under audit with {@link org.integra.audit.Audited}; the capture
 * hooks into Hibernate's event system and writes in the same transaction as the change.
 * To show a record's history, its controller adds
 * {@code model.addAttribute("history", auditTrail.historyOf("City", id))} and its page
 * includes
 * {@code <section th:replace="~{audit/history :: history(${history})}"></section>}; field
 * and type names can be translated with the message keys
 * {@code audit.field.<Type>.<field>} and {@code audit.entity.<Type>}.
 * {@link org.integra.audit.AuditTrail} also answers the filtered, paged list of all
 * changes behind the administrator's page ({@code /admin/audit}) and the REST API
 * ({@code /api/v1/audit}). Depends on the system module only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit", allowedDependencies = { "system" })
package org.integra.audit;
