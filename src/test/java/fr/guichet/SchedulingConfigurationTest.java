package fr.guichet;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.annotation.ScheduledAnnotationBeanPostProcessor;
import org.springframework.stereotype.Component;

/** The scheduler runs the jobs unless {@code guichet.scheduling.enabled=false} (the tests). */
class SchedulingConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(SchedulingConfiguration.class)
            .withBean(DataSource.class, () -> new DriverManagerDataSource("jdbc:h2:mem:scheduling-configuration"));

    @Test
    void jobsAreScheduledByDefault() {
        context.run(started -> assertThat(started).hasSingleBean(ScheduledAnnotationBeanPostProcessor.class));
        context.withPropertyValues("guichet.scheduling.enabled=true")
                .run(started -> assertThat(started).hasSingleBean(ScheduledAnnotationBeanPostProcessor.class));
    }

    @Test
    void noJobIsScheduledWhenSchedulingIsOff() {
        context.withPropertyValues("guichet.scheduling.enabled=false")
                .run(started ->
                        assertThat(started).hasNotFailed().doesNotHaveBean(ScheduledAnnotationBeanPostProcessor.class));
    }

    @Test
    void theQuotesExpiryIsOfTheScheduledJobsDailyOnOneInstanceAtATime() throws ClassNotFoundException {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Component.class));
        Map<String, Method> jobs = new TreeMap<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("fr.guichet")) {
            for (Method method : Class.forName(candidate.getBeanClassName()).getDeclaredMethods()) {
                if (method.isAnnotationPresent(Scheduled.class)) {
                    jobs.put(method.getDeclaringClass().getSimpleName() + "." + method.getName(), method);
                }
            }
        }
        assertThat(jobs)
                .containsKeys("RecurringInvoicingJob.invoiceDue", "RenewalAlertJob.alert", "QuoteExpiryJob.expire");
        Method expiry = jobs.get("QuoteExpiryJob.expire");
        assertThat(expiry.getAnnotation(Scheduled.class).cron()).contains("expiryCron");
        assertThat(expiry.getAnnotation(SchedulerLock.class).name()).isEqualTo("quotes-expiry");
    }
}
