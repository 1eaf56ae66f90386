package fr.guichet.requests;

import fr.guichet.shared.BusinessCalendar;
import java.time.LocalTime;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RequestsConfiguration {

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
