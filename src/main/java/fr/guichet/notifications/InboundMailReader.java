package fr.guichet.notifications;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What Guichet reads in an inbound email: who wrote, what it answers, whether a robot sent it, and the new text. */
record InboundMailReader(
        String messageId,
        String sender,
        String senderName,
        String subject,
        List<String> answeredIds,
        boolean automatic,
        String text) {

    private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]+>");
    private static final Pattern QUOTE_HEADER = Pattern.compile(
            "^(Le .+ a écrit ?:|On .+ wrote:|-----+ ?(Original Message|Message d'origine) ?-----+|From: .+)$");

    static InboundMailReader read(MimeMessage message) throws MessagingException, IOException {
        Address[] from = message.getFrom();
        InternetAddress sender = from != null && from.length > 0 && from[0] instanceof InternetAddress a ? a : null;
        List<String> answered = new ArrayList<>();
        for (String header : new String[] {"In-Reply-To", "References"}) {
            String[] values = message.getHeader(header);
            if (values != null) {
                for (String value : values) {
                    Matcher m = MESSAGE_ID.matcher(value);
                    while (m.find()) {
                        answered.add(m.group());
                    }
                }
            }
        }
        return new InboundMailReader(
                message.getMessageID(),
                sender == null ? null : sender.getAddress().toLowerCase(Locale.ROOT),
                sender == null || sender.getPersonal() == null
                        ? (sender == null ? "?" : sender.getAddress())
                        : sender.getPersonal(),
                message.getSubject() == null ? "" : message.getSubject(),
                answered,
                isAutomatic(message),
                newText(plainText(message)));
    }

    /**
     * RFC 3834: anything but "Auto-Submitted: no" is automatic; so are bulk and list mail and common auto-responders.
     * Guichet never answers them, and never turns them into requests.
     */
    static boolean isAutomatic(Message message) throws MessagingException {
        String[] autoSubmitted = message.getHeader("Auto-Submitted");
        if (autoSubmitted != null && autoSubmitted.length > 0 && !"no".equalsIgnoreCase(autoSubmitted[0].strip())) {
            return true;
        }
        String[] precedence = message.getHeader("Precedence");
        if (precedence != null
                && precedence.length > 0
                && List.of("bulk", "list", "junk", "auto_reply")
                        .contains(precedence[0].strip().toLowerCase(Locale.ROOT))) {
            return true;
        }
        return message.getHeader("List-Id") != null
                || message.getHeader("X-Autoreply") != null
                || message.getHeader("X-Autorespond") != null;
    }

    private static String plainText(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return String.valueOf(part.getContent());
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                String text = plainText(body);
                if (text != null) {
                    return text;
                }
            }
        }
        if (part.isMimeType("text/html")) {
            return String.valueOf(part.getContent())
                    .replaceAll("(?s)<[^>]*>", " ")
                    .replaceAll("[ \\t]+", " ");
        }
        return null;
    }

    /** The text above the quoted message: what the person wrote this time. */
    static String newText(String body) {
        if (body == null) {
            return "";
        }
        StringBuilder kept = new StringBuilder();
        for (String line : body.replace("\r\n", "\n").split("\n")) {
            String stripped = line.strip();
            if (QUOTE_HEADER.matcher(stripped).matches() || stripped.equals("-- ")) {
                break;
            }
            if (!stripped.startsWith(">")) {
                kept.append(line).append('\n');
            }
        }
        return kept.toString().strip();
    }
}
