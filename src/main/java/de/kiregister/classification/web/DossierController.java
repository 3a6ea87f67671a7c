package de.kiregister.classification.web;

import de.kiregister.classification.dossier.Dossier;
import de.kiregister.classification.dossier.DossierService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The classification dossier of a use case as a PDF download, for every signed-in role (like the tab). */
@Controller
class DossierController {

    private final DossierService dossiers;

    DossierController(DossierService dossiers) {
        this.dossiers = dossiers;
    }

    /** An unknown use case gets the 404 page (NotFoundException); one never classified a dossier saying so. */
    @GetMapping("/use-cases/{reference}/classification/dossier.pdf")
    ResponseEntity<byte[]> dossier(@PathVariable String reference) {
        Dossier dossier = dossiers.of(reference);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(dossier.fileName()).build().toString())
                .body(dossiers.pdf(dossier));
    }
}
