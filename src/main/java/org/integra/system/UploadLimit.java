package org.integra.system;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * The largest upload the app takes ({@code integra.imports.max-upload-size}), and how it
 * is named in messages ("60 MB").
 */
@Component
public class UploadLimit {

	private final DataSize size;

	UploadLimit(ImportLimits limits) {
		this.size = limits.maxUploadSize();
	}

	public long bytes() {
		return this.size.toBytes();
	}

	/** "60 MB", or "512 KB" below a megabyte. */
	public String label() {
		long bytes = this.size.toBytes();
		if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
			return (bytes / (1024 * 1024)) + " MB";
		}
		if (bytes >= 1024 * 1024) {
			return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
		}
		return Math.max(1, bytes / 1024) + " KB";
	}

	/** The problem of an upload over the limit, in the caller's language. */
	public ProblemDetail problem(MessageSource messages, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
				messages.getMessage("upload.tooLarge", new Object[] { label() }, locale));
		problem.setTitle(messages.getMessage("upload.tooLarge.title", null, locale));
		problem.setProperty("limitBytes", bytes());
		return problem;
	}

}
