package org.integra.membership;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;
import org.integra.system.Actor;
import org.integra.system.NotFoundException;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The files of applications' documents: uploading one (a PDF, PNG or JPEG of at most
 * {@value #MAX_BYTES} bytes, the type detected from the content by Apache Tika's magic
 * bytes, never from the name), listing the versions kept, and downloading one. Storing a
 * file notes its document on file ({@link Applications#noteDocument}), so that the
 * checklist sees it; uploading a kind again adds a version and keeps the earlier ones.
 * Every method asks {@link MembershipPolicy}: preparers upload, every reader downloads.
 */
@Service
@Transactional(readOnly = true)
public class ApplicationFiles {

	/** The largest file taken: 10 MB. */
	public static final int MAX_BYTES = 10 * 1024 * 1024;

	/** The longest file name kept, in characters. */
	static final int MAX_NAME_LENGTH = 255;

	/** The types taken, with the file name extensions that go with each. */
	static final Map<String, List<String>> ALLOWED = Map.of("application/pdf", List.of("pdf"), "image/png",
			List.of("png"), "image/jpeg", List.of("jpg", "jpeg", "jpe", "jfif"));

	private static final byte[] PDF_HEADER = { '%', 'P', 'D', 'F', '-' };

	private static final byte[] UTF8_BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private final ApplicationRepository applications;

	private final ApplicationDocumentRepository documents;

	private final ApplicationFileRepository files;

	private final Applications applicationService;

	private final Clock clock;

	// magic bytes only: with no name given, Tika decides from the content
	private final Detector detector = MimeTypes.getDefaultMimeTypes();

	ApplicationFiles(ApplicationRepository applications, ApplicationDocumentRepository documents,
			ApplicationFileRepository files, Applications applicationService, Clock clock) {
		this.applications = applications;
		this.documents = documents;
		this.files = files;
		this.applicationService = applicationService;
		this.clock = clock;
	}

	/**
	 * Stores a file for the application's document of that kind, as its next version, and
	 * notes the document on file. Nothing is stored when it is refused.
	 * @param size the size the upload declares, checked before anything is read; -1 when
	 * unknown (the stream is read up to the limit all the same)
	 * @throws NotFoundException when there is no such application
	 * @throws ApplicationRefusedException when the application is final, the kind is
	 * missing, the file is empty, larger than 10 MB, not a PDF, PNG or JPEG by its
	 * content, or named as another type
	 */
	@Transactional
	public DocumentVersion upload(long applicationId, DocumentKind kind, String filename, InputStream content,
			long size, Actor actor) {
		require(MembershipPolicy.of(actor).mayPrepare());
		Application application = find(applicationId);
		if (!application.getStatus().open()) {
			throw new ApplicationRefusedException("membership.application.closed");
		}
		if (kind == null) {
			throw refused(HttpStatus.BAD_REQUEST, "membership.file.refused.kind");
		}
		if (size > MAX_BYTES) {
			throw refused(HttpStatus.CONTENT_TOO_LARGE, "membership.file.refused.tooLarge");
		}
		byte[] bytes = (content != null) ? readAtMost(content) : new byte[0];
		if (bytes.length == 0) {
			throw refused(HttpStatus.BAD_REQUEST, "membership.file.refused.empty");
		}
		String type = detect(bytes);
		if (!ALLOWED.containsKey(type)) {
			throw refused(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "membership.file.refused.type");
		}
		if (type.equals("application/pdf") && !startsWithPdfHeader(bytes)) {
			// Tika also takes "%PDF-1." anywhere in the first 512 bytes: a file that
			// starts as something else (HTML, say) is refused
			throw refused(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "membership.file.refused.pdfHeader");
		}
		String name = cleanName(filename, type);
		if (!nameFits(name, type)) {
			throw refused(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "membership.file.refused.nameMismatch");
		}

		// notes the document on file (the checklist sees it), or finds it noted already
		ApplicationDocument document = this.applicationService.noteDocument(applicationId, kind, actor);
		Instant now = this.clock.instant();
		int version = this.files.lastVersion(applicationId, kind) + 1;
		ApplicationFile file;
		try {
			file = this.files.saveAndFlush(new ApplicationFile(applicationId, kind, version, name, type, sha256(bytes),
					bytes, actor.username(), now));
		}
		catch (DataIntegrityViolationException ex) {
			// another upload of the same kind took this version at the same moment
			throw new ApplicationRefusedException("membership.file.refused.concurrent");
		}
		document.fileStored(file.getId(), actor.username(), now);
		application.touched(actor.username(), now);
		return file.toVersion(true);
	}

	/**
	 * The application's stored files, by kind and then version; the latest is current.
	 */
	public List<DocumentVersion> versions(long applicationId, Actor actor) {
		require(MembershipPolicy.of(actor).mayRead());
		long id = find(applicationId).getId();
		Set<Long> current = new HashSet<>();
		this.documents.findByApplicationIdOrderByNotedAtAscIdAsc(id).forEach((document) -> {
			if (document.getCurrentFileId() != null) {
				current.add(document.getCurrentFileId());
			}
		});
		return this.files.versionsOf(id)
			.stream()
			.map((v) -> new DocumentVersion(v.fileId(), v.kind(), v.version(), v.filename(), v.contentType(), v.size(),
					v.sha256(), v.uploadedBy(), v.uploadedAt(), current.contains(v.fileId())))
			.toList();
	}

	/**
	 * A stored file of the application, to send as an attachment.
	 * @throws NotFoundException when the application has no file of that id (a file of
	 * another application is not found either)
	 */
	public DocumentDownload download(long applicationId, long fileId, Actor actor) {
		require(MembershipPolicy.of(actor).mayRead());
		ApplicationFile file = this.files.findByIdAndApplicationId(fileId, applicationId)
			.orElseThrow(() -> new NotFoundException("membership.file.notFound", fileId));
		return new DocumentDownload(file.getFilename(), file.getContentType(), file.getContent());
	}

	/** The name as given without its path and control characters, at most 255 long. */
	static String cleanName(String filename, String type) {
		String name = (filename != null) ? filename : "";
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		StringBuilder clean = new StringBuilder(name.length());
		name.codePoints().forEach((c) -> {
			int category = Character.getType(c);
			if (!Character.isISOControl(c) && category != Character.FORMAT && category != Character.SURROGATE
					&& category != Character.UNASSIGNED && category != Character.PRIVATE_USE) {
				clean.appendCodePoint(c);
			}
		});
		String result = clean.toString().strip();
		while (result.startsWith(".")) {
			result = result.substring(1).strip();
		}
		if (result.isEmpty()) {
			result = "document." + ALLOWED.get(type).get(0);
		}
		if (result.length() > MAX_NAME_LENGTH) {
			int dot = result.lastIndexOf('.');
			String extension = (dot > 0 && result.length() - dot <= 6) ? result.substring(dot) : "";
			String base = result.substring(0, result.length() - extension.length());
			int end = MAX_NAME_LENGTH - extension.length();
			if (Character.isLowSurrogate(base.charAt(end))) {
				// keep a character outside the BMP whole
				end--;
			}
			result = base.substring(0, end).strip() + extension;
		}
		return result;
	}

	/** Whether the name has no extension, or one that goes with the detected type. */
	static boolean nameFits(String name, String type) {
		int dot = name.lastIndexOf('.');
		if (dot <= 0 || dot == name.length() - 1) {
			return true;
		}
		return ALLOWED.get(type).contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
	}

	private String detect(byte[] bytes) {
		try (TikaInputStream stream = TikaInputStream.get(bytes)) {
			MediaType type = this.detector.detect(stream, new Metadata());
			return type.getBaseType().toString();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] readAtMost(InputStream content) {
		try (InputStream in = content) {
			byte[] bytes = in.readNBytes(MAX_BYTES + 1);
			if (bytes.length > MAX_BYTES) {
				throw refused(HttpStatus.CONTENT_TOO_LARGE, "membership.file.refused.tooLarge");
			}
			return bytes;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static boolean startsWithPdfHeader(byte[] bytes) {
		return startsWith(bytes, PDF_HEADER, 0)
				|| (startsWith(bytes, UTF8_BOM, 0) && startsWith(bytes, PDF_HEADER, UTF8_BOM.length));
	}

	private static boolean startsWith(byte[] bytes, byte[] prefix, int offset) {
		if (bytes.length < offset + prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (bytes[offset + i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private Application find(long id) {
		return this.applications.findById(id)
			.orElseThrow(() -> new NotFoundException("membership.application.notFound", id));
	}

	private static ApplicationRefusedException refused(HttpStatus status, String key) {
		return new ApplicationRefusedException(status, List.of(), key);
	}

	private static void require(boolean allowed) {
		if (!allowed) {
			throw new AccessDeniedException("membership");
		}
	}

}
