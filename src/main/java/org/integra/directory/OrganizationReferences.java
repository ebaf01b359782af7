package org.integra.directory;

import org.springframework.modulith.NamedInterface;

/**
 * Something outside the organization table that points at organizations, so that an
 * organization it uses is not deleted. Modules that hold such references implement it as
 * a bean; the directory asks every one before deleting.
 */
@NamedInterface(name = "api", propagate = false)
public interface OrganizationReferences {

	/** Whether the organization is in use. */
	boolean isReferenced(long organizationId);

	/** The message key telling the user why the organization cannot be deleted. */
	default String reasonKey() {
		return "directory.organization.referenced";
	}

}
