package fr.guichet.knowledge.web;

import fr.guichet.knowledge.DeflectionManagement;
import fr.guichet.shared.Language;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** What the suggestions beside the forms avoided, per article, over 7, 30 or 90 days (every back-office role). */
@Controller
class BackDeflectionController {

    static final Set<Integer> PERIODS = Set.of(7, 30, 90);

    private final DeflectionManagement deflection;

    BackDeflectionController(DeflectionManagement deflection) {
        this.deflection = deflection;
    }

    @GetMapping("/back/knowledge/deflection")
    String figures(@RequestParam(defaultValue = "30") int days, Locale locale, Model model) {
        int period = PERIODS.contains(days) ? days : 30;
        model.addAttribute("days", period);
        model.addAttribute("periods", PERIODS.stream().sorted().toList());
        model.addAttribute("figures", deflection.figures(period, Language.of(locale), 50));
        return "knowledge/back-deflection";
    }
}
