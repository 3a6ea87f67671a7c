package de.kiregister.notification.domain;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduled jobs of the application (today: the dialogue reminder) fire only while
 * {@code kiregister.scheduling.enabled} is true, the default. Tests switch it off and call the jobs themselves, so a
 * run at seven o'clock cannot interfere with them.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "kiregister.scheduling.enabled", matchIfMissing = true)
@EnableScheduling
class SchedulingConfiguration {
}
