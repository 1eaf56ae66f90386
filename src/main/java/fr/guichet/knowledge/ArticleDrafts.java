package fr.guichet.knowledge;

import fr.guichet.identity.AccountPrincipal;
import fr.guichet.requests.Message;
import fr.guichet.requests.Request;
import fr.guichet.requests.RequestManagement;
import fr.guichet.requests.UnknownRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Turn into an article": a new article's first text written from a request — the subject as its title, the
 * customer's question and the staff's public answers as its body, never an internal note, and without the customer's
 * personal data (their name, email addresses and phone numbers are taken out; greetings and signatures too). Only for
 * staff who may see the request ({@link RequestManagement#visibleTo}).
 */
@Service
public class ArticleDrafts {

    private static final Pattern EMAIL = Pattern.compile("[\\w.+%-]+@[\\w-]+(\\.[\\w-]+)+");

    /** French and international phone numbers: 04 72 00 00 00, 04.72.00.00.00, +33 4 72 00 00 00, 0472000000. */
    private static final Pattern PHONE =
            Pattern.compile("(?<![\\w+])(\\+\\d{1,3}[ .-]?)?\\(?0?\\d\\)?([ .-]?\\d{2}){4}(?!\\w)");

    private static final Pattern GREETING = Pattern.compile(
            "^(bonjour|bonsoir|madame|monsieur|cher|chère|hello|hi|dear|good (morning|afternoon|evening))\\b.*",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern SIGN_OFF = Pattern.compile(
            "^(cordialement|bien cordialement|bien à vous|sincèrement|merci d'avance|bonne journée|regards|best regards"
                    + "|kind regards|best|thanks|thank you|sincerely)\\b.*",
            Pattern.CASE_INSENSITIVE);

    private static final String REMOVED = "…";

    private final RequestManagement requests;
    private final MessageSource messages;

    ArticleDrafts(RequestManagement requests, MessageSource messages) {
        this.requests = requests;
        this.messages = messages;
    }

    /** The draft written from the request with this reference, as this staff member sees it. */
    @Transactional(readOnly = true)
    public ArticleDraft fromRequest(String reference, AccountPrincipal staff) {
        Request request = requests.visibleTo(staff, reference);
        if (request.getStatus().isOpen()) {
            // an answer not yet given is no article: only a resolved (or closed) request is written up
            throw new UnknownRequest(reference);
        }
        List<Message> conversation = requests.conversation(request.getId(), false);
        List<String> personal = personalWords(request);
        Locale locale = LocaleContextHolder.getLocale();
        StringBuilder body = new StringBuilder();
        if (!conversation.isEmpty()) {
            body.append("## ")
                    .append(messages.getMessage("deflection.draft.question", null, locale))
                    .append("\n\n")
                    .append(clean(conversation.get(0).body(), personal))
                    .append("\n");
        }
        List<String> answers = new ArrayList<>();
        for (Message message : conversation.subList(Math.min(1, conversation.size()), conversation.size())) {
            if (!message.isInternal() && !message.fromCustomer()) {
                String text = clean(message.body(), personal);
                if (!text.isBlank()) {
                    answers.add(text);
                }
            }
        }
        if (!answers.isEmpty()) {
            body.append("\n## ")
                    .append(messages.getMessage("deflection.draft.answer", null, locale))
                    .append("\n\n")
                    .append(String.join("\n\n", answers))
                    .append("\n");
        }
        String title = clean(request.getSubject(), personal).strip();
        return new ArticleDraft(
                title.length() > 200 ? title.substring(0, 200) : title,
                body.toString().strip(),
                request.getReference());
    }

    /** The customer's name, whole and word by word (words of three letters or more), to take out of the text. */
    private static List<String> personalWords(Request request) {
        List<String> words = new ArrayList<>();
        String name = request.getRequesterName();
        if (name != null && !name.isBlank()) {
            words.add(name.strip());
            Arrays.stream(name.strip().split("[\\s,]+"))
                    .filter(word -> word.length() >= 3)
                    .forEach(words::add);
        }
        return words;
    }

    /** A message without greeting, signature, email addresses, phone numbers and the customer's name. */
    static String clean(String text, List<String> personal) {
        List<String> lines =
                new ArrayList<>(Arrays.asList(text.replace("\r\n", "\n").split("\n", -1)));
        while (!lines.isEmpty()
                && (lines.get(0).isBlank()
                        || GREETING.matcher(lines.get(0).strip()).matches())) {
            lines.remove(0);
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.length() <= 40 && SIGN_OFF.matcher(line).matches()) {
                lines = new ArrayList<>(lines.subList(0, i));
                break;
            }
        }
        String kept = String.join("\n", lines).strip();
        kept = EMAIL.matcher(kept).replaceAll(REMOVED);
        kept = PHONE.matcher(kept).replaceAll(REMOVED);
        for (String word : personal) {
            kept = Pattern.compile(
                            "(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])",
                            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                    .matcher(kept)
                    .replaceAll(REMOVED);
        }
        return kept;
    }
}
