package de.kiregister.shared.web;

import java.beans.PropertyEditorSupport;

import de.kiregister.shared.Texts;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Every text bound from a request (form fields, request parameters) loses invisible control characters first,
 * so a null byte pasted or forged into a field cannot make PostgreSQL refuse the write with an error page.
 */
@ControllerAdvice
class InputCleaning {

    @InitBinder
    void cleanTexts(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                setValue(Texts.withoutControlCharacters(text));
            }
        });
    }
}
