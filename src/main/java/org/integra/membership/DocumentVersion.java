package org.integra.membership;

import java.time.Instant;

/**
 * A stored version of an application's document, without its bytes.
 *
 * @param fileId the id to download it by
 * @param kind which document it is
 * @param version 1 for the first upload of that kind, then 2, 3...
 * @param filename the name it was uploaded with, cleaned (no path, no control characters)
 * @param contentType the type detected from the content: application/pdf, image/png or
 * image/jpeg
 * @param size its size in bytes
 * @param sha256 the SHA-256 checksum of its bytes, in lower-case hexadecimal
 * @param uploadedBy who uploaded it
 * @param uploadedAt when
 * @param current whether it is the kind's latest version, the one on file
 */
public record DocumentVersion(long fileId, DocumentKind kind, int version, String filename, String contentType,
		long size, String sha256, String uploadedBy, Instant uploadedAt, boolean current) {
}
