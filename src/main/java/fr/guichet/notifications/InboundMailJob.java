package fr.guichet.notifications;

import fr.guichet.notifications.internal.InboundMailbox;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Reads the inbound mailbox every 30 seconds ({@code guichet.mail.inbound.interval}) on one instance at a time, when one is configured. */
@Component
class InboundMailJob {

    private static final Logger log = LoggerFactory.getLogger(InboundMailJob.class);

    private final InboundMailbox mailbox;
    private final InboundMail inbound;

    InboundMailJob(InboundMailbox mailbox, InboundMail inbound) {
        this.mailbox = mailbox;
        this.inbound = inbound;
    }

    @Scheduled(
            fixedDelayString = NotificationSettings.INBOUND_INTERVAL,
            initialDelayString = NotificationSettings.INBOUND_INITIAL_DELAY)
    @SchedulerLock(name = "notifications-inbound-mail", lockAtMostFor = "PT5M")
    void poll() {
        if (!mailbox.configured()) {
            return;
        }
        try {
            mailbox.readUnseen(message -> {
                try {
                    inbound.handle(InboundMailReader.read(message));
                    return true;
                } catch (Exception e) {
                    log.warn("An inbound email could not be handled; it stays unread and is tried again", e);
                    return false;
                }
            });
        } catch (Exception e) {
            log.warn("The inbound mailbox could not be read: {}", e.getMessage());
        }
    }
}
