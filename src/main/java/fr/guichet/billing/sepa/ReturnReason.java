package fr.guichet.billing.sepa;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Why a debit came back (the ISO 20022 reason codes the SEPA rulebook uses for rejects, returns and refunds). Those
 * that say the account or the mandate cannot be used as it was ({@code restartsSeries}) make the mandate's next debit
 * a first one (FRST) again; a rejected first debit does too, whatever its reason.
 */
public enum ReturnReason {
    AC01(true),
    AC04(true),
    AC06(true),
    AC13(false),
    AG01(true),
    AG02(false),
    AM04(false),
    AM05(false),
    BE05(false),
    CNOR(false),
    DNOR(false),
    FF01(false),
    MD01(true),
    MD02(true),
    MD06(false),
    MD07(true),
    MS02(false),
    MS03(false),
    RC01(false),
    RR01(false),
    RR02(false),
    RR03(false),
    RR04(false),
    SL01(false);

    private final boolean restartsSeries;

    ReturnReason(boolean restartsSeries) {
        this.restartsSeries = restartsSeries;
    }

    public boolean restartsSeries() {
        return restartsSeries;
    }

    public static Optional<ReturnReason> of(String code) {
        String typed = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(r -> r.name().equals(typed)).findFirst();
    }
}
