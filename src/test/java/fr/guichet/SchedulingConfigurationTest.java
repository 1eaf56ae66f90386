package fr.guichet;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.scheduling.annotation.ScheduledAnnotationBeanPostProcessor;

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
}
