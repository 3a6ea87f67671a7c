package de.kiregister.shared;

/** Something addressed by a URL does not exist; shown as the German 404 page. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what);
    }
}
