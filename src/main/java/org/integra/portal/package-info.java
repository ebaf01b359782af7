/**
 * The public portal, open without signing in: what the network is, the advantages of
 * membership, how to join and the thematic units (specific objectives 2 and 4). It is
 * also the home page of a visitor who is not signed in, with its sitemap and robots file.
 * <p>
 * Each section's text is stored per language in Markdown ({@link PortalText}), edited by
 * admins ({@link PortalPolicy}) and rendered to sanitised HTML ({@link PortalMarkdown}).
 * The thematic units are read through the ranking's {@code api} named interface.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Portal",
		allowedDependencies = { "audit", "ranking::api", "system" })
package org.integra.portal;
