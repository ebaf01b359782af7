package org.integra.audit;

/**
 * One field of a recorded change, as text; {@code null} means no value.
 *
 * @param field the attribute name (nested attributes joined with dots)
 * @param oldValue the value before (always {@code null} on create)
 * @param newValue the value after (always {@code null} on delete)
 */
public record AuditFieldChange(String field, String oldValue, String newValue) {

}
