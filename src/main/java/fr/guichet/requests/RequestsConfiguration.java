package fr.guichet.requests;

import fr.guichet.shared.BusinessCalendar;
import java.time.LocalTime;
import java.time.ZoneId;
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

    /** Business hours for service levels: {@code guichet.business-hours.*}, Monday–Friday 9:00–18:00 Paris by default. */
    @Bean
    ServiceLevels serviceLevels(
            @Value("${guichet.business-hours.zone:Europe/Paris}") String zone,
            @Value("${guichet.business-hours.opens:09:00}") String opens,
            @Value("${guichet.business-hours.closes:18:00}") String closes) {
        return new ServiceLevels(
                new BusinessCalendar(ZoneId.of(zone), LocalTime.parse(opens), LocalTime.parse(closes)));
    }
}
