package de.kiregister.shared.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While the database is down, the filters in front of the controllers fail too: the session is read from and
 * written to PostgreSQL (Spring Session), and that happens outside any {@code @ExceptionHandler}. This filter
 * sits in front of them all and turns such a failure into a plain 503 (a static German page, or a problem
 * document for the API) instead of the servlet container's error page. Connections come back by themselves.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DatabaseUnavailableFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

    private static final String RETRY_AFTER_SECONDS = "30";

    private static final String PROBLEM = "{\"type\":\"about:blank\",\"status\":503,"
            + "\"title\":\"Vorübergehend nicht erreichbar\",\"detail\":\"Der Dienst ist vorübergehend nicht "
            + "erreichbar. Bitte versuchen Sie es in einigen Minuten erneut.\"}";

    private final byte[] page = read("errors/unavailable.html");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (RuntimeException | ServletException e) {
            if (!causedByUnavailableDatabase(e) || response.isCommitted()) {
                throw e;
            }
            log.warn("Database unavailable ({}) for {} {}", e.getClass().getSimpleName(), request.getMethod(),
                    request.getRequestURI());
            response.reset();
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
            response.setHeader("Cache-Control", "no-store");
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                response.setContentType("application/problem+json");
                response.getOutputStream().write(PROBLEM.getBytes(StandardCharsets.UTF_8));
            } else {
                response.setContentType("text/html;charset=UTF-8");
                response.getOutputStream().write(page);
            }
        }
    }

    private static boolean causedByUnavailableDatabase(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException
                    || cause instanceof CannotCreateTransactionException) {
                return true;
            }
        }
        return false;
    }

    private static byte[] read(String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("missing " + resource, e);
        }
    }
}
