package org.integra.audit.capture;

/** The writer's batch size, for the tests outside its package. */
public final class AuditWriterBatch {

	public static final int SIZE = AuditWriter.BATCH;

	private AuditWriterBatch() {
	}

}
