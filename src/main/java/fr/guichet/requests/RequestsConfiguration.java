package fr.guichet.requests;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RequestsConfiguration {

    /** Attachments: {@code guichet.attachments.max-size} (10 MB) and {@code guichet.attachments.allowed-extensions}. */
    @Bean
    AttachmentPolicy attachmentPolicy(
            @Value("${guichet.attachments.max-size:10MB}") org.springframework.util.unit.DataSize maxSize,
            @Value("${guichet.attachments.allowed-extensions:pdf,png,jpg,jpeg,gif,txt,csv,log,docx,xlsx,odt,ods,zip}")
                    java.util.Set<String> extensions) {
        return new AttachmentPolicy(maxSize.toBytes(), extensions);
    }

    /** Service levels, counted in the business hours in force ({@link BusinessHours}). */
    @Bean
    ServiceLevels serviceLevels(BusinessHours hours) {
        return new ServiceLevels(hours::calendar);
    }
}
