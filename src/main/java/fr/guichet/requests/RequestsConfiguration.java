package fr.guichet.requests;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RequestsConfiguration {

    /** Attachments: {@code guichet.attachments.max-size} (10 MB) and {@code guichet.attachments.allowed-extensions}. */
    @Bean
    AttachmentPolicy attachmentPolicy(RequestSettings settings) {
        RequestSettings.Attachments attachments = settings.attachments();
        return new AttachmentPolicy(attachments.maxSize().toBytes(), attachments.allowedExtensions());
    }

    /** Service levels, counted in the business hours in force ({@link BusinessHours}). */
    @Bean
    ServiceLevels serviceLevels(BusinessHours hours) {
        return new ServiceLevels(hours::calendar);
    }
}
