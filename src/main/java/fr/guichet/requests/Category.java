package fr.guichet.requests;

import java.util.Arrays;
import java.util.List;

/**
 * What a request is about. Customer categories come from seed 004; internal ones are what colleagues ask the back
 * office (seed 000: colleagues are the back office's customers too).
 */
public enum Category {
    TECHNICAL(false),
    BILLING(false),
    PRE_SALES(false),
    AFTER_SALES(false),
    OTHER(false),
    INTERNAL_PLAN(true),
    INTERNAL_OFFER(true),
    INTERNAL_HR(true),
    INTERNAL_IT(true),
    INTERNAL_OTHER(true);

    private final boolean internal;

    Category(boolean internal) {
        this.internal = internal;
    }

    public boolean isInternal() {
        return internal;
    }

    public static List<Category> customerCategories() {
        return Arrays.stream(values()).filter(c -> !c.internal).toList();
    }

    public static List<Category> internalCategories() {
        return Arrays.stream(values()).filter(c -> c.internal).toList();
    }
}
