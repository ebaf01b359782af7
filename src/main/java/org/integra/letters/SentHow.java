package org.integra.letters;

/**
 * How a composed letter left: downloaded as a PDF (to print or send by hand) or queued as
 * an e-mail in the outbox.
 */
public enum SentHow {

	PDF, EMAIL

}
