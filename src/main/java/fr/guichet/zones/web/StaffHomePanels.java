package fr.guichet.zones.web;

import fr.guichet.identity.AccountPrincipal;
import fr.guichet.identity.StaffHomePanel;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** The panels other modules contribute to the staff homes ({@link StaffHomePanel}), in order, for one user. */
@Component
class StaffHomePanels {

    /** A panel ready to render. */
    record RenderedPanel(String fragment, Map<String, Object> model) {}

    private final List<StaffHomePanel> panels;

    StaffHomePanels(ObjectProvider<StaffHomePanel> panels) {
        this.panels = panels.stream()
                .sorted(Comparator.comparingInt(StaffHomePanel::order))
                .toList();
    }

    List<RenderedPanel> of(StaffHomePanel.Home home, AccountPrincipal user) {
        return panels.stream()
                .flatMap(panel ->
                        panel.model(home, user).stream().map(model -> new RenderedPanel(panel.fragment(), model)))
                .toList();
    }
}
