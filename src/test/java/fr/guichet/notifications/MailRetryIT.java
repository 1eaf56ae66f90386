package fr.guichet.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.company.CompanyLegalLine;
import fr.guichet.company.CompanyManagement;
import fr.guichet.company.CompanySettings;
import fr.guichet.notifications.OutgoingMail.Status;
import fr.guichet.notifications.internal.Outbox;
import fr.guichet.support.IntegrationTest;
import fr.guichet.support.ScheduledJobs;
import fr.guichet.support.TestMail;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * A mail the SMTP server did not take stays pending and is tried again with a growing delay, then given up; the retry
 * job sends what is due. Failures are real: an SMTP port where nothing listens.
 */
class MailRetryIT extends IntegrationTest {

    @Autowired
    Outbox outbox;

    @Autowired
    MessageSource messages;

    @Autowired
    MailRetries retries;

    @Autowired
    Mailer mailer;

    @Autowired
    MailRetryJob job;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    NotificationSettings settings;

    @Autowired
    CompanyManagement company;

    @Autowired
    CompanySettings companySettings;

    @Autowired
    CompanyLegalLine legalLine;

    @Test
    void aRefusedMailIsTriedAgainLaterThenGivenUpAfterTheLastAttempt() throws Exception {
        Instant start = Instant.parse("2026-03-02T10:00:00Z");
        Mailer unreachable = mailer(deadSmtp(), Clock.fixed(start, ZoneOffset.UTC));
        String recipient = unique("destinataire") + "@example.fr";

        OutgoingMail written = unreachable.send(
                recipient,
                Locale.FRENCH,
                "DEM-2026-999001",
                "mail.receipt.subject",
                "mail.receipt.body",
                "DEM-2026-999001",
                "Sujet",
                "http://localhost/contact");

        OutgoingMail afterFirst = outbox.get(written.id());
        assertThat(afterFirst.status()).isEqualTo(Status.PENDING);
        assertThat(afterFirst.attempts()).isEqualTo(1);
        assertThat(afterFirst.lastError()).isNotBlank();
        assertThat(afterFirst.nextAttemptAt()).isEqualTo(start.plus(retries.after(1)));

        // Later, still unreachable: each attempt pushes the next one further, and the last one gives up.
        Instant now = start;
        int attempt = 1;
        while (retries.after(attempt) != null) {
            now = now.plus(retries.after(attempt)).plusSeconds(1);
            assertThat(mailer(deadSmtp(), Clock.fixed(now, ZoneOffset.UTC)).retryDue(1000))
                    .isGreaterThanOrEqualTo(1);
            attempt++;
            OutgoingMail again = outbox.get(written.id());
            assertThat(again.attempts()).isEqualTo(attempt);
            if (retries.after(attempt) != null) {
                assertThat(again.status()).isEqualTo(Status.PENDING);
                assertThat(again.nextAttemptAt()).isEqualTo(now.plus(retries.after(attempt)));
            }
        }
        OutgoingMail givenUp = outbox.get(written.id());
        assertThat(givenUp.status()).isEqualTo(Status.FAILED);
        assertThat(givenUp.nextAttemptAt()).isNull();
        assertThat(TestMail.receivedBy(recipient)).isEmpty();
    }

    @Test
    void theRetryDelaysAreTheDocumentedOnesOneFiveFifteenMinutesOneHourFourHours() throws Exception {
        // As the README says, literally: a change of these defaults must be a decision, not an accident.
        assertThat(retries.first()).isEqualTo(Duration.parse("PT1M"));
        assertThat(List.of(retries.after(1), retries.after(2), retries.after(3), retries.after(4), retries.after(5)))
                .containsExactly(
                        Duration.parse("PT1M"),
                        Duration.parse("PT5M"),
                        Duration.parse("PT15M"),
                        Duration.parse("PT1H"),
                        Duration.parse("PT4H"));
        assertThat(retries.after(6)).as("given up after the fifth delay").isNull();

        // And used: a refused mail is next tried one minute later.
        Instant start = Instant.parse("2026-03-02T10:00:00Z");
        OutgoingMail refused = mailer(deadSmtp(), Clock.fixed(start, ZoneOffset.UTC))
                .send(
                        unique("destinataire") + "@example.fr",
                        Locale.FRENCH,
                        "DEM-2026-999004",
                        "mail.receipt.subject",
                        "mail.receipt.body",
                        "DEM-2026-999004",
                        "Sujet",
                        "http://localhost/contact");
        assertThat(outbox.get(refused.id()).nextAttemptAt()).isEqualTo(Instant.parse("2026-03-02T10:01:00Z"));
    }

    @Test
    void theRetryJobSendsAPendingMailWhoseTimeHasComeAndLeavesTheOthers() throws Exception {
        job.retry(); // as the application's scheduled run would: the lock is now held for at least 5 s
        String due = unique("destinataire") + "@example.fr";
        String notYet = unique("destinataire") + "@example.fr";
        Instant now = Instant.now();
        long dueId = outbox.add(
                due,
                "Relance due",
                "Texte",
                "fr",
                "DEM-2026-999002",
                "<due." + now.toEpochMilli() + "@test>",
                Status.PENDING,
                now.minusSeconds(600),
                now.minusSeconds(1));
        long laterId = outbox.add(
                notYet,
                "Relance plus tard",
                "Texte",
                "fr",
                "DEM-2026-999003",
                "<later." + now.toEpochMilli() + "@test>",
                Status.PENDING,
                now,
                now.plus(Duration.ofHours(1)));

        // The tick above holds the job's lock for a few seconds.
        ScheduledJobs.releaseLock(jdbc, "notifications-mail-retry");
        job.retry();

        List<MimeMessage> received = TestMail.awaitFor(due, 1);
        assertThat(received).hasSize(1);
        assertThat(received.get(0).getSubject()).isEqualTo("Relance due");
        assertThat(outbox.get(dueId).status()).isEqualTo(Status.SENT);
        assertThat(outbox.get(dueId).sentAt()).isNotNull();
        assertThat(outbox.get(laterId).status()).isEqualTo(Status.PENDING);
        assertThat(TestMail.receivedBy(notYet)).isEmpty();
    }

    private Mailer mailer(JavaMailSender sender, Clock clock) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("smtp", sender);
        return new Mailer(
                outbox,
                messages,
                beans.getBeanProvider(JavaMailSender.class),
                clock,
                retries,
                settings,
                company,
                companySettings,
                legalLine);
    }

    /** An SMTP server address where nothing listens: a port taken then released. */
    private static JavaMailSender deadSmtp() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        return sender;
    }
}
