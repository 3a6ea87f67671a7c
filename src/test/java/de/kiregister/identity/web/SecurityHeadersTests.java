package de.kiregister.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;

import de.kiregister.test.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The security headers on pages of every kind: signed in or not, found or not, and HSTS only behind TLS. */
@WebIntegrationTest
class SecurityHeadersTests {

    @Autowired
    MockMvc mvc;

    private MockHttpServletResponse response(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    @Test
    void everyKindOfResponseCarriesTheSamePolicy() throws Exception {
        List<MockHttpServletRequestBuilder> requests = List.of(get("/login"),
                get("/use-cases").with(user("hdr").roles("CAIO")),
                get("/use-cases/KI-2099-999").with(user("hdr").roles("CAIO")),
                get("/admin/users").with(user("hdr").roles("CAIO")),
                get("/api/anything"));
        for (MockHttpServletRequestBuilder request : requests) {
            MockHttpServletResponse response = response(request);
            assertThat(response.getHeader("Content-Security-Policy")).as("CSP")
                    .contains("default-src 'self'", "script-src 'self'", "style-src 'self'", "frame-ancestors 'none'",
                            "object-src 'none'", "form-action 'self'", "base-uri 'self'")
                    .doesNotContain("unsafe-inline", "unsafe-eval");
            assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
            assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(response.getHeader("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
            assertThat(response.getHeader("Strict-Transport-Security")).as("no HSTS over plain HTTP").isNull();
        }
    }

    @Test
    void behindTlsBrowsersAreToldToStayOnHttps() throws Exception {
        String hsts = response(get("/login").secure(true)).getHeader("Strict-Transport-Security");
        assertThat(hsts).contains("max-age=31536000").contains("includeSubDomains");
    }

    @Test
    void pagesWithPersonalDataAreNotCached() throws Exception {
        MockHttpServletResponse response = response(get("/use-cases").with(user("hdr").roles("CAIO")));
        assertThat(response.getHeader("Cache-Control")).contains("no-store");
    }
}
