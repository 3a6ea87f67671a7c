package de.kiregister.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;
import org.springframework.web.servlet.resource.ResourceResolver;
import org.springframework.web.servlet.resource.ResourceResolverChain;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.resource.ResourceUrlProviderExposingInterceptor;

/** Which links go to the resource chain, and that each path is looked up there once, found or not. */
class StaticResourceUrlEncodingFilterTests {

    private static final String HTMX = "/webjars/htmx.org/dist/htmx.min.js";
    private static final String HTMX_VERSIONED = "/webjars/htmx.org/2.0.8/dist/htmx.min.js";

    /** The resource chain as far as links go: knows htmx only, and notes every question. */
    static class RecordingResolver implements ResourceResolver {

        final List<String> asked = new ArrayList<>();

        @Override
        public @Nullable Resource resolveResource(@Nullable HttpServletRequest request, String requestPath,
                List<? extends Resource> locations, ResourceResolverChain chain) {
            return null;
        }

        @Override
        public @Nullable String resolveUrlPath(String resourcePath, List<? extends Resource> locations,
                ResourceResolverChain chain) {
            asked.add("/" + resourcePath);
            return ("/" + resourcePath).equals(HTMX) ? HTMX_VERSIONED.substring(1) : null;
        }
    }

    private final RecordingResolver resolver = new RecordingResolver();
    private final StaticResourceUrlEncodingFilter filter = new StaticResourceUrlEncodingFilter();
    private final MockHttpServletRequest request = new MockHttpServletRequest("GET", "/roadmap");

    StaticResourceUrlEncodingFilterTests() {
        ResourceHttpRequestHandler handler = new ResourceHttpRequestHandler();
        handler.setResourceResolvers(List.of(resolver));
        ResourceUrlProvider resources = new ResourceUrlProvider();
        resources.setHandlerMap(Map.of("/**", handler));
        request.setAttribute(ResourceUrlProviderExposingInterceptor.RESOURCE_URL_PROVIDER_ATTR, resources);
    }

    @Test
    void aResourceIsLinkedAsTheChainResolvesItAndAskedForOnce() {
        assertThat(filter.resolve(request, HTMX)).isEqualTo(HTMX_VERSIONED);
        assertThat(filter.resolve(request, HTMX)).isEqualTo(HTMX_VERSIONED);
        assertThat(filter.resolve(request, HTMX + "#top")).isEqualTo(HTMX_VERSIONED + "#top");
        assertThat(resolver.asked).containsExactly(HTMX);
    }

    @Test
    void aFileLikeLinkThatIsNoResourceStaysAsItIsAndIsAskedForOnce() {
        assertThat(filter.resolve(request, "/register/export.json")).isEqualTo("/register/export.json");
        assertThat(filter.resolve(request, "/register/export.json")).isEqualTo("/register/export.json");
        // The query varies with the filter; the path is what the chain is asked about.
        assertThat(filter.resolve(request, "/roadmap/export.xlsx?q=Wohngeld&tier=HIGH_RISK"))
                .isEqualTo("/roadmap/export.xlsx?q=Wohngeld&tier=HIGH_RISK");
        assertThat(filter.resolve(request, "/roadmap/export.xlsx?q=Kita.Platz")).isEqualTo(
                "/roadmap/export.xlsx?q=Kita.Platz");
        assertThat(resolver.asked).containsExactly("/register/export.json", "/roadmap/export.xlsx");
    }

    @Test
    void linksThatAreNoFilesAreNotLookedUpAtAll() {
        assertThat(filter.resolve(request, "/use-cases/KI-2026-001")).isEqualTo("/use-cases/KI-2026-001");
        assertThat(filter.resolve(request, "/register?q=v1.2")).isEqualTo("/register?q=v1.2");
        assertThat(filter.resolve(request, "/inbox#item-1.5")).isEqualTo("/inbox#item-1.5");
        assertThat(resolver.asked).isEmpty();
    }

    @Test
    void beyondItsBoundTheFilterForgetsAndLearnsAnew() {
        for (int i = 0; i <= StaticResourceUrlEncodingFilter.REMEMBERED; i++) {
            String dossier = "/use-cases/KI-2026-" + i + "/dossier.pdf";
            assertThat(filter.resolve(request, dossier)).isEqualTo(dossier);
        }
        assertThat(filter.resolve(request, HTMX)).isEqualTo(HTMX_VERSIONED);
        assertThat(filter.resolve(request, "/use-cases/KI-2026-0/dossier.pdf"))
                .isEqualTo("/use-cases/KI-2026-0/dossier.pdf");
        // Every path once, then the first again after the outcomes were forgotten.
        assertThat(resolver.asked).hasSize(StaticResourceUrlEncodingFilter.REMEMBERED + 3);
    }
}
