package org.casebook.adapters.integrity;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on Spring's scheduler, which runs {@link EventChainer} every couple of seconds. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class IntegrityConfiguration {
}
