package org.integra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/**
 * The port of the SMTP server (GreenMail) that the tests of
 * {@link IntegraTest.Settings#MAIL_SERVER_TIGHT_LIMITS_HTTPS} start and stop themselves;
 * chosen once, so that the context, which outlives them, knows it.
 */
public final class TestMailServer {

	public static final int PORT = freePort();

	private TestMailServer() {
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
