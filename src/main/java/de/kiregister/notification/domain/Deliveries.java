package de.kiregister.notification.domain;

import java.util.EnumMap;
import java.util.Map;

/** How many messages of one run ended how: what the log says instead of names or addresses (rule 34, docs/rules.md). */
final class Deliveries {

    private final Map<DeliveryStatus, Integer> counts = new EnumMap<>(DeliveryStatus.class);

    void add(DeliveryStatus status) {
        counts.merge(status, 1, Integer::sum);
    }

    int count(DeliveryStatus status) {
        return counts.getOrDefault(status, 0);
    }

    int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    @Override
    public String toString() {
        return "sent " + count(DeliveryStatus.SENT) + ", not sent (no SMTP server) "
                + count(DeliveryStatus.NOT_SENT_NO_SMTP) + ", failed " + count(DeliveryStatus.FAILED);
    }
}
