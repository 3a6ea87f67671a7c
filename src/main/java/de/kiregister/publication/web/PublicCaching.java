package de.kiregister.publication.web;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import de.kiregister.publication.domain.PublicRegister;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * Caching headers of the public register: everyone sees the same pages, so caches may keep them for five minutes
 * ({@code Cache-Control: public, max-age=300}) and revalidate with an {@code ETag} and {@code Last-Modified} taken
 * from the register's last change (publication or withdrawal). The tag includes the language, which comes from a
 * cookie ({@code Vary: Cookie}), and the build, so a new release does not answer 304 with old markup. A response
 * that sets the language cookie ({@code ?lang=}) is only for the browser that asked ({@code private}).
 */
@Component
class PublicCaching {

    static final Duration MAX_AGE = Duration.ofMinutes(5);

    private final PublicRegister register;
    private final String build;

    PublicCaching(PublicRegister register, ObjectProvider<BuildProperties> build) {
        this.register = register;
        BuildProperties properties = build.getIfAvailable();
        this.build = properties == null || properties.getTime() == null ? "dev"
                : Long.toString(properties.getTime().toEpochMilli(), 36);
    }

    /**
     * Sets the caching headers and answers whether the client's copy is still current (then the response is a
     * 304 and the caller returns without a body).
     */
    boolean notModified(ServletWebRequest request) {
        Instant lastChange = register.lastChange().orElse(Instant.EPOCH);
        HttpServletResponse response = request.getResponse();
        if (response != null) {
            CacheControl cache = CacheControl.maxAge(MAX_AGE);
            cache = request.getParameter("lang") != null ? cache.cachePrivate() : cache.cachePublic();
            response.setHeader(HttpHeaders.CACHE_CONTROL, cache.getHeaderValue());
            response.addHeader(HttpHeaders.VARY, HttpHeaders.COOKIE);
        }
        Locale locale = LocaleContextHolder.getLocale();
        String etag = "\"" + Long.toString(lastChange.toEpochMilli(), 36) + "-" + locale.getLanguage() + "-" + build
                + "\"";
        return request.checkNotModified(etag, lastChange.toEpochMilli());
    }
}
