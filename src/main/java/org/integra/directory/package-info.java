/**
 * The network's address book: organizations (city governments, partner networks,
 * embassies, local-government associations, ministries and the network's own bodies) and
 * the people who work in them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Directory",
		allowedDependencies = { "audit", "cities::api", "system" })
package org.integra.directory;
