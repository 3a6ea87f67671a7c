package de.kiregister.notification.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import de.kiregister.identity.CurrentUser;
import de.kiregister.identity.Role;
import de.kiregister.notification.domain.Outbox;
import de.kiregister.shared.web.DateFormatting;
import de.kiregister.test.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.EnumSource.Mode;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The outbox page belongs to ADMIN; it shows the newest messages first, escapes what it shows, and answers any
 * page number with a page. Rows are inserted with SQL and dated a year ahead, so they are the newest whatever
 * other tests write meanwhile.
 */
@WebIntegrationTest
class OutboxAdminWebTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Outbox outbox;

    private final String marker = UUID.randomUUID().toString().substring(0, 8);

    private static RequestPostProcessor as(Role role) {
        return user("outbox-" + role.name().toLowerCase()).roles(role.name());
    }

    @Test
    void adminReadsTheNewestMessagesFirstWithTheirText() throws Exception {
        // Later than the rows of the paging test, so both tests find theirs on the first page in any order.
        Instant older = Instant.now().plus(400, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
        insert("Älter " + marker, "Text der älteren Nachricht", "REMINDER", "FAILED", older, null,
                "MailConnectException");
        insert("Neuer <b>" + marker + "</b>", "Guten Tag,\nPrüfpunkte warten.", "PENDING_ITEMS", "SENT",
                older.plus(1, ChronoUnit.MINUTES), older.plus(2, ChronoUnit.MINUTES), null);

        String body = page("/admin/outbox", Role.ADMIN);

        assertThat(body).contains("<h1 class=\"kern-heading-large\">Postausgang</h1>")
                .contains("Neuer &lt;b&gt;" + marker + "&lt;/b&gt;").doesNotContain("<b>" + marker)
                .contains("Guten Tag,\nPrüfpunkte warten.")
                .contains("Prüfpunkte warten", "Erinnerung", "versandt", "fehlgeschlagen")
                .contains("Grund: MailConnectException")
                .contains(new DateFormatting().dateTime(older));
        assertThat(body.indexOf("Neuer &lt;b&gt;" + marker)).as("newest first")
                .isLessThan(body.indexOf("Älter " + marker));
        assertThat(body).contains("<details>").contains("<summary class=\"kern-link\">Neuer &lt;b&gt;" + marker);
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, mode = Mode.EXCLUDE, names = "ADMIN")
    void everyOtherRoleIsRefused(Role role) throws Exception {
        mvc.perform(get("/admin/outbox").with(as(role))).andExpect(status().isForbidden());
    }

    @Test
    void theServiceRefusesOthersToo() {
        CurrentUser.runAs("outbox-it", Role.IT, () -> assertThatThrownBy(() -> outbox.page(0))
                .isInstanceOf(AccessDeniedException.class));
        CurrentUser.runAs("outbox-admin", Role.ADMIN, () -> assertThat(outbox.page(0).getSize()).isEqualTo(50));
    }

    @Test
    void anonymousVisitorsAreSentToTheLogin() throws Exception {
        mvc.perform(get("/admin/outbox").header(HttpHeaders.ACCEPT, "text/html"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/login"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "-1", "-2147483648", "abc", "1e3", "", " 2 ", "99999999999999999999", "2147483647",
            "0x10", "%00" })
    void anyPageParameterGetsAPage(String page) throws Exception {
        mvc.perform(get("/admin/outbox").param("page", page).with(as(Role.ADMIN))).andExpect(status().isOk());
    }

    @Test
    void aPageBeyondTheEndShowsTheLastPage() throws Exception {
        Instant at = Instant.now().plus(366, ChronoUnit.DAYS);
        for (int i = 0; i < 51; i++) {
            insert("Seitenweise " + marker + " " + i, "Text", "PENDING_ITEMS", "NOT_SENT_NO_SMTP", at.plusSeconds(i),
                    null, null);
        }
        long total = jdbc.sql("select count(*) from outbox_message").query(Long.class).single();
        long pages = (total + 49) / 50;

        String first = page("/admin/outbox?page=0", Role.ADMIN);
        assertThat(first).contains("Seite 1 von " + pages).contains("Seitenweise " + marker + " 50")
                .doesNotContain("Seitenweise " + marker + " 0<");
        assertThat(first.split("<tr class=\"kern-table__row\">", -1)).as("header and 50 rows").hasSize(52);

        assertThat(page("/admin/outbox?page=1000000", Role.ADMIN)).contains("Seite " + pages + " von " + pages);
        assertThat(page("/admin/outbox?page=-3", Role.ADMIN)).contains("Seite 1 von " + pages);
    }

    @Test
    void pageNumbersAreReadLeniently() {
        assertThat(OutboxAdminController.pageNumber(null)).isZero();
        assertThat(OutboxAdminController.pageNumber(" 4 ")).isEqualTo(4);
        assertThat(OutboxAdminController.pageNumber("-4")).isEqualTo(-4);
        assertThat(OutboxAdminController.pageNumber("vier")).isZero();
        assertThat(OutboxAdminController.pageNumber("99999999999999999999")).isEqualTo(Integer.MAX_VALUE);
    }

    private String page(String url, Role role) throws Exception {
        return mvc.perform(get(url).with(as(role))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private void insert(String subject, String body, String kind, String status, Instant createdAt,
            Instant sentAt, String error) {
        jdbc.sql("""
                        insert into outbox_message (id, recipient_username, recipient_email, subject, body, kind, party,
                                                    created_at, sent_at, status, error)
                        values (?, ?, ?, ?, ?, ?, 'PERSONALRAT', ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), "web-" + marker, "web-" + marker + "@example.org", subject, body, kind,
                        Timestamp.from(createdAt), sentAt == null ? null : Timestamp.from(sentAt), status, error)
                .update();
    }
}
