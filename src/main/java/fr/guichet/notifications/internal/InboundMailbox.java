package fr.guichet.notifications.internal;

import fr.guichet.notifications.NotificationSettings;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;
import java.util.Properties;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;

/** The IMAP mailbox that receives customers' replies ({@code guichet.mail.inbound.*}); unset host: no mailbox. */
@Component
public class InboundMailbox {

    private final String protocol;
    private final String host;
    private final int port;
    private final String username;
    private final String password;

    InboundMailbox(NotificationSettings settings) {
        NotificationSettings.Inbound inbound = settings.inbound();
        this.protocol = inbound.protocol();
        this.host = inbound.host();
        this.port = inbound.port();
        this.username = inbound.username();
        this.password = inbound.password();
    }

    public boolean configured() {
        return !host.isBlank();
    }

    /** Hands every unread message of the inbox to {@code handler}; marks it read when the handler took it. */
    public int readUnseen(Predicate<MimeMessage> handler) throws MessagingException {
        Properties properties = new Properties();
        properties.put("mail.store.protocol", protocol);
        properties.put("mail." + protocol + ".connectiontimeout", "10000");
        properties.put("mail." + protocol + ".timeout", "20000");
        Store store = Session.getInstance(properties).getStore(protocol);
        store.connect(host, port, username, password);
        try {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_WRITE);
            try {
                Message[] unseen = inbox.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false));
                for (Message message : unseen) {
                    if (handler.test(new MimeMessage((MimeMessage) message))) {
                        message.setFlag(Flags.Flag.SEEN, true);
                    }
                }
                return unseen.length;
            } finally {
                inbox.close(false);
            }
        } finally {
            store.close();
        }
    }
}
