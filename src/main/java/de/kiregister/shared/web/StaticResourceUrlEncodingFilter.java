package de.kiregister.shared.web;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.resource.ResourceUrlProviderExposingInterceptor;

/**
 * Rewrites links to static resources as Spring's {@link ResourceUrlEncodingFilter} does (e.g. the version-less
 * WebJar path of htmx), but only links that look like a file (last path segment with an extension). Spring's filter
 * resolves every link of a page through the resource chain, and a link that is not a resource (a use case, the next
 * page) is looked up in every static location on the classpath, uncached: on the roadmap (some 120 links) that
 * was about a third of the rendering time. File-like links that are not resources either (the exports, the feed,
 * a dossier PDF) missed the resource chain's cache on every page, each miss a search through every jar of the
 * class path (found by the load test: 8 % of all rendering), so the outcome of every path is remembered here, misses
 * too. Being a {@code ResourceUrlEncodingFilter}, this bean replaces the one Spring Boot would register.
 */
class StaticResourceUrlEncodingFilter extends ResourceUrlEncodingFilter {

    /**
     * Bounds the memory of outcomes: the templates link few distinct files, but a dossier link per use case can
     * add thousands; beyond this many the outcomes are forgotten and learned anew.
     */
    static final int REMEMBERED = 4096;

    /** Path (without query and fragment) to the path to link instead; the path itself when it is no resource. */
    private final Map<String, String> outcomes = new ConcurrentHashMap<>();

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!(request instanceof HttpServletRequest http) || !(response instanceof HttpServletResponse httpResponse)) {
            chain.doFilter(request, response);
            return;
        }
        chain.doFilter(request, new HttpServletResponseWrapper(httpResponse) {
            @Override
            public String encodeURL(String url) {
                return super.encodeURL(resolve(http, url));
            }
        });
    }

    String resolve(HttpServletRequest request, String url) {
        int end = pathEnd(url);
        if (!looksLikeFile(url, end)) {
            return url;
        }
        Object provider = request.getAttribute(ResourceUrlProviderExposingInterceptor.RESOURCE_URL_PROVIDER_ATTR);
        if (!(provider instanceof ResourceUrlProvider resources)) {
            return url;
        }
        String path = url.substring(0, end);
        String linked = outcomes.get(path);
        if (linked == null) {
            String resolved = resources.getForRequestUrl(request, path);
            linked = resolved == null ? path : resolved;
            if (outcomes.size() >= REMEMBERED) {
                outcomes.clear();
            }
            outcomes.put(path, linked);
        }
        return linked + url.substring(end);
    }

    /** A path (before query and fragment) whose last segment has a dot: {@code /kern/kern.min.css}. */
    static boolean looksLikeFile(String url) {
        return looksLikeFile(url, pathEnd(url));
    }

    private static boolean looksLikeFile(String url, int end) {
        int slash = url.lastIndexOf('/', end - 1);
        int dot = url.indexOf('.', slash + 1);
        return dot >= 0 && dot < end;
    }

    /** Where the path of a link ends: at its query or fragment, else at its end. */
    private static int pathEnd(String url) {
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == '?' || c == '#') {
                return i;
            }
        }
        return url.length();
    }
}
