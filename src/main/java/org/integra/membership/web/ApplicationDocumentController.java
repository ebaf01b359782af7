package org.integra.membership.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.integra.membership.ApplicationFiles;
import org.integra.membership.DocumentDownload;
import org.integra.membership.DocumentKind;
import org.integra.system.Actor;
import org.integra.system.RefusedException;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Uploading a file for an application's document, and downloading a stored one. The
 * upload goes back to the application's page with a message, or the key of why it was
 * refused; a download is always an attachment of the type detected from its content when
 * it was uploaded, with {@code nosniff}, never shown inline.
 */
@Controller
class ApplicationDocumentController {

	private final ApplicationFiles files;

	ApplicationDocumentController(ApplicationFiles files) {
		this.files = files;
	}

	@PostMapping("/membership/applications/{id:\\d+}/documents")
	String upload(@PathVariable long id, @RequestParam(required = false) String kind,
			@RequestParam(required = false) MultipartFile file, Actor actor, RedirectAttributes redirect)
			throws IOException {
		long size = (file != null) ? file.getSize() : 0;
		String name = (file != null) ? file.getOriginalFilename() : null;
		try (InputStream content = (file != null && size > 0 && size <= ApplicationFiles.MAX_BYTES)
				? file.getInputStream() : InputStream.nullInputStream()) {
			this.files.upload(id, kind(kind), name, content, size, actor);
			redirect.addFlashAttribute("message", "membership.file.uploaded");
		}
		catch (RefusedException ex) {
			redirect.addFlashAttribute("error", ex.getMessageKey());
		}
		return "redirect:/membership/applications/" + id;
	}

	@GetMapping("/membership/applications/{id:\\d+}/documents/{fileId:\\d+}")
	ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long fileId, Actor actor) {
		DocumentDownload download = this.files.download(id, fileId, actor);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(download.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(download.filename(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Security-Policy", "default-src 'none'; sandbox")
			.body(download.content());
	}

	private static DocumentKind kind(String kind) {
		if (kind == null) {
			return null;
		}
		for (DocumentKind candidate : DocumentKind.values()) {
			if (candidate.name().equals(kind)) {
				return candidate;
			}
		}
		return null;
	}

}
