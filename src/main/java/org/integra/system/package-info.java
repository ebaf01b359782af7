/**
 * Cross-cutting web infrastructure: languages and messages, the layout's model, error
 * pages and problem responses, access-rule contributions, demo-data bookkeeping and text
 * normalisation for search. Every other module may use it; it uses none of them.
 * <p>
 * Events published: {@link LanguageChosen}, by the language switch when a signed-in user
 * picks a language. Listened to by accounts, synchronously in a transaction of its own
 * (the request has none), so that the choice is stored before the page is answered.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN,
		allowedDependencies = {})
package org.integra.system;
