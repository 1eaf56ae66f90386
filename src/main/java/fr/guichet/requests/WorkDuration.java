package fr.guichet.requests;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Time spent as people type it: minutes ("45", "45 min"), hours ("2 h", "1,5 h", "1.25h") or both ("1 h 30",
 * "1h30min"). At most a day's work per entry ({@link #MAX_MINUTES}); a quarter of an hour is written as
 * "0,25 h" or "15".
 */
public final class WorkDuration {

    /** One entry records at most a day (24 hours): more is several entries. */
    public static final int MAX_MINUTES = 24 * 60;

    private static final Pattern MINUTES = Pattern.compile("(\\d{1,4})\\s*(?:min|mn|m)?");
    private static final Pattern HOURS = Pattern.compile("(\\d{1,2}(?:[.,]\\d{1,2})?)\\s*h(?:eures?|ours?|rs?)?");
    private static final Pattern HOURS_MINUTES = Pattern.compile("(\\d{1,2})\\s*h\\s*(\\d{1,2})\\s*(?:min|mn|m)?");

    private WorkDuration() {}

    /** The minutes the text says, or none when it is not a duration, is zero or more than a day. */
    public static Optional<Integer> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        Integer minutes = null;
        Matcher m;
        if ((m = MINUTES.matcher(t)).matches()) {
            minutes = Integer.parseInt(m.group(1));
        } else if ((m = HOURS_MINUTES.matcher(t)).matches()) {
            int extra = Integer.parseInt(m.group(2));
            minutes = extra < 60 ? Integer.parseInt(m.group(1)) * 60 + extra : null;
        } else if ((m = HOURS.matcher(t)).matches()) {
            minutes = new BigDecimal(m.group(1).replace(',', '.'))
                    .multiply(BigDecimal.valueOf(60))
                    .setScale(0, RoundingMode.HALF_UP)
                    .intValueExact();
        }
        return minutes == null || minutes <= 0 || minutes > MAX_MINUTES ? Optional.empty() : Optional.of(minutes);
    }

    /** The hours billed for these minutes, rounded half up to the hundredth (20 minutes: 0.33 h). */
    public static BigDecimal hours(int minutes) {
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
    }

    /** "1 h 30", "45 min", "2 h". */
    public static String format(int minutes) {
        int h = minutes / 60;
        int m = minutes % 60;
        if (h == 0) {
            return m + " min";
        }
        return m == 0 ? h + " h" : h + " h " + (m < 10 ? "0" : "") + m;
    }
}
