/**
 * Cross-cutting web infrastructure: languages and messages, the layout's model, error
 * pages and problem responses, access-rule contributions, demo-data bookkeeping and text
 * normalisation for search. Every other module may use it; it uses none of them.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN,
		allowedDependencies = {})
package org.integra.system;
