package org.integra.membership;

/**
 * A stored file to send: its cleaned name, the type detected from its content when it was
 * uploaded, and its bytes. Always sent as an attachment, never shown inline.
 */
public record DocumentDownload(String filename, String contentType, byte[] content) {

	public DocumentDownload {
		content = content.clone();
	}

	@Override
	public byte[] content() {
		return this.content.clone();
	}

	@Override
	public String toString() {
		return "DocumentDownload[" + this.filename + ", " + this.contentType + ", " + this.content.length + " bytes]";
	}

}
