package de.kiregister.classification.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** The German problem details the classification API answers with, shared by its controllers. */
final class ApiProblems {

    private ApiProblems() {
    }

    static ProblemDetail badRequest(String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle(title);
        return problem;
    }

    /** The parser's own message may quote the input; callers log it, the client gets the expected shape. */
    static ProblemDetail unreadableBody(String title, String expectedShape) {
        return badRequest(title, "Der Anfragekörper ist kein JSON-Objekt der erwarteten Form. Erwartet wird z. B. "
                + expectedShape + ".");
    }

    static ProblemDetail unsupportedMediaType() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "Der Anfragekörper muss JSON sein (Content-Type: application/json).");
        problem.setTitle("Nicht unterstütztes Format");
        return problem;
    }
}
