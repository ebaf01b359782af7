/**
 * Who may use Integra: user accounts with roles, sign-in with lock-out after repeated
 * failures, each user's language, and personal API tokens for scripts.
 */
package org.integra.accounts;
