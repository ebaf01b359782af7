package org.integra.tasks;

/**
 * Where a task stands.
 */
public enum TaskStatus {

	OPEN, DONE, CANCELLED

}
