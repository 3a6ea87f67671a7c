package de.kiregister.publication.domain;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What the public register says about its publisher, from the configuration (never from a user): the
 * organisation, one functional mailbox for questions about any entry (never a person), the address the register is
 * reached under (for links in the feed and the open data, not taken from the request's Host header, which a
 * cached response would otherwise repeat to everyone) and the licence of the open data.
 */
@Component
public class PublicationSettings {

    private final String organization;
    private final String contactEmail;
    private final String baseUrl;
    private final String license;

    PublicationSettings(@Value("${kiregister.publication.organization:Stadtverwaltung}") String organization,
            @Value("${kiregister.publication.contact-email:ki-register@stadt.example}") String contactEmail,
            @Value("${kiregister.publication.base-url:${kiregister.mail.base-url:http://localhost:8080}}")
            String baseUrl,
            @Value("${kiregister.publication.license:https://www.govdata.de/dl-de/zero-2-0}") String license) {
        this.organization = organization.strip();
        this.contactEmail = contactEmail.strip();
        this.baseUrl = baseUrl.strip().replaceAll("/+$", "");
        this.license = license.strip();
    }

    public String organization() {
        return organization;
    }

    public String contactEmail() {
        return contactEmail;
    }

    /** Without a trailing slash, e.g. {@code https://ki.stadt.example}. */
    public String baseUrl() {
        return baseUrl;
    }

    /** The public address of an entry's page. */
    public String entryUrl(String reference) {
        return baseUrl + "/register/" + reference;
    }

    public String license() {
        return license;
    }
}
