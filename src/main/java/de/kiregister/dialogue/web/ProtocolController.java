package de.kiregister.dialogue.web;

import de.kiregister.dialogue.domain.Protocol;
import de.kiregister.dialogue.domain.ProtocolService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The protocol of a dialogue round as a PDF download, for every signed-in role (like the tab). */
@Controller
class ProtocolController {

    private final ProtocolService protocols;

    ProtocolController(ProtocolService protocols) {
        this.protocols = protocols;
    }

    /** An unknown use case or round gets the 404 page. */
    @GetMapping("/use-cases/{reference}/dialogue/rounds/{number}/protocol.pdf")
    ResponseEntity<byte[]> protocol(@PathVariable String reference, @PathVariable int number) {
        Protocol protocol = protocols.of(reference, number);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(protocol.fileName()).build().toString())
                .body(protocols.pdf(protocol));
    }
}
