package fr.guichet.knowledge.web;

import fr.guichet.knowledge.DeflectionFigures;
import fr.guichet.knowledge.DeflectionManagement;
import fr.guichet.shared.Language;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The figures of the panel {@code knowledge/deflection :: figuresPanel}, read by the fragment itself ({@code
 * @deflectionPanel}) so that the knowledge base's back-office page includes it without preparing anything.
 */
@Component("deflectionPanel")
public class DeflectionPanel {

    static final int DAYS = 30;

    private final DeflectionManagement deflection;

    DeflectionPanel(DeflectionManagement deflection) {
        this.deflection = deflection;
    }

    /** The last 30 days, the five articles that avoided most requests. */
    public DeflectionFigures figures() {
        return deflection.figures(DAYS, Language.of(LocaleContextHolder.getLocale()), 5);
    }
}
