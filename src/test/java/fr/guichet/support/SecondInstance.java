package fr.guichet.support;

import fr.guichet.GuichetApplication;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * A second application instance on the test's database, as a load balancer's other node. Its scheduled jobs do not run
 * on their own either: a test runs them by hand on the instance it chooses.
 */
public final class SecondInstance {

    private SecondInstance() {}

    /** Starts it on a free port with the first instance's database and mail server; {@code extra} adds arguments. */
    public static ConfigurableApplicationContext start(Environment first, String... extra) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.datasource.url=" + first.getProperty("spring.datasource.url"),
                "--spring.datasource.username=" + first.getProperty("spring.datasource.username"),
                "--spring.datasource.password=" + first.getProperty("spring.datasource.password", ""),
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + TestMail.server().getSmtp().getPort(),
                "--guichet.demo-data=false",
                "--guichet.mail.inbound.initial-delay=PT1H",
                "--guichet.scheduling.enabled=false",
                "--spring.jmx.enabled=false"));
        args.addAll(List.of(extra));
        return new SpringApplicationBuilder(GuichetApplication.class).run(args.toArray(String[]::new));
    }
}
