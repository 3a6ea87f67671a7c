package de.kiregister.notification.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import de.kiregister.dialogue.DialogueItemsPending;
import de.kiregister.identity.CurrentUser;
import de.kiregister.identity.Role;
import de.kiregister.identity.domain.UserAccountService;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Test users and what the outbox holds for them, read with SQL. The database is shared by all test classes, so
 * every test creates its own users under a unique name and looks only at their rows.
 */
final class OutboxTestData {

    record Row(String recipientUsername, String recipientEmail, String subject, String body, MessageKind kind,
            String party, DeliveryStatus status, @Nullable Instant sentAt, @Nullable String error) {
    }

    private OutboxTestData() {
    }

    static String marker() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** An enabled user with the roles and the address {@code <username>@example.org}. */
    static String member(UserAccountService users, String username, String displayName, Role... roles) {
        users.createIfMissing(username, displayName, username + "@example.org", "geheim-geheim", Set.of(roles));
        return username;
    }

    /** A user ADMIN has disabled: holds the role, but must get nothing. */
    static String disabledMember(UserAccountService users, JdbcClient jdbc, String username, Role role) {
        member(users, username, "Gesperrt " + username, role);
        UUID id = jdbc.sql("select id from app_user where username = ?").param(username).query(UUID.class).single();
        CurrentUser.runAs("fixture-admin", Role.ADMIN,
                () -> users.update(id, "Gesperrt " + username, username + "@example.org", Set.of(role), false));
        return username;
    }

    /**
     * Publishes the event as the dialogue does, inside a transaction that commits: the listener runs only after a
     * commit.
     */
    static void publishCommitted(PlatformTransactionManager transactions, ApplicationEventPublisher events,
            DialogueItemsPending event) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> events.publishEvent(event));
    }

    static List<Row> rowsFor(JdbcClient jdbc, String username) {
        return jdbc.sql("""
                        select recipient_username, recipient_email, subject, body, kind, party, status, sent_at, error
                        from outbox_message where recipient_username = ? order by created_at, id""")
                .param(username)
                .query((rs, n) -> new Row(rs.getString("recipient_username"), rs.getString("recipient_email"),
                        rs.getString("subject"), rs.getString("body"), MessageKind.valueOf(rs.getString("kind")),
                        rs.getString("party"), DeliveryStatus.valueOf(rs.getString("status")),
                        instant(rs.getTimestamp("sent_at")), rs.getString("error")))
                .list();
    }

    static List<Row> rowsFor(JdbcClient jdbc, String username, MessageKind kind) {
        return rowsFor(jdbc, username).stream().filter(row -> row.kind() == kind).toList();
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
