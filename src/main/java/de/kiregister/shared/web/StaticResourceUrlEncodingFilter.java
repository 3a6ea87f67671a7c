package de.kiregister.shared.web;

import java.io.IOException;

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
 * was about a third of the rendering time. Being a {@code ResourceUrlEncodingFilter}, this bean replaces the one
 * Spring Boot would register.
 */
class StaticResourceUrlEncodingFilter extends ResourceUrlEncodingFilter {

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

    private static String resolve(HttpServletRequest request, String url) {
        if (!looksLikeFile(url)) {
            return url;
        }
        Object provider = request.getAttribute(ResourceUrlProviderExposingInterceptor.RESOURCE_URL_PROVIDER_ATTR);
        if (!(provider instanceof ResourceUrlProvider resources)) {
            return url;
        }
        String resolved = resources.getForRequestUrl(request, url);
        return resolved == null ? url : resolved;
    }

    /** A path (before query and fragment) whose last segment has a dot: {@code /kern/kern.min.css}. */
    static boolean looksLikeFile(String url) {
        int end = url.length();
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == '?' || c == '#') {
                end = i;
                break;
            }
        }
        int slash = url.lastIndexOf('/', end - 1);
        return url.indexOf('.', slash + 1) >= 0 && url.indexOf('.', slash + 1) < end;
    }
}
