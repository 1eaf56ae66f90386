package fr.guichet.requests;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A request's reference, {@code DEM-2026-000123}: the prefix, the year of submission in Paris and the next value of a
 * database sequence, on six digits or more. The one place that knows its shape (the store numbers, inbound mail and
 * the searches recognise it).
 */
public final class RequestReference {

    /** The zone whose calendar year a reference carries. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    private static final String PREFIX = "DEM-";
    private static final Pattern SHAPE = Pattern.compile("DEM-\\d{4}-\\d{6,}");
    private static final Pattern IN_SUBJECT = Pattern.compile("\\[(" + SHAPE.pattern() + ")]");

    private RequestReference() {}

    /** What comes before the sequence number for a request submitted at {@code submittedAt}: "DEM-2026-". */
    public static String prefixFor(ZonedDateTime submittedAt) {
        return PREFIX + submittedAt.withZoneSameInstant(ZONE).getYear() + "-";
    }

    /** Whether {@code text} is a reference, as a whole. */
    public static boolean isReference(String text) {
        return SHAPE.matcher(text).matches();
    }

    /** The reference between square brackets in an email subject ("Re: [DEM-2026-000123] …"), if any. */
    public static Optional<String> inSubject(String subject) {
        Matcher matcher = IN_SUBJECT.matcher(subject);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}
