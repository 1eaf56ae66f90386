package fr.guichet.customers.web;

import fr.guichet.customers.CustomerPanel;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The panels other modules add to a customer's 360° view, in their order, ready to render: the same on the desk and
 * in the back office (each panel's links follow the zone it is shown in).
 */
@Component
class CustomerPanels {

    /** A panel ready to render. */
    record RenderedPanel(String fragment, Map<String, Object> model) {}

    private final List<CustomerPanel> panels;

    CustomerPanels(ObjectProvider<CustomerPanel> panels) {
        this.panels = panels.stream()
                .sorted(Comparator.comparingInt(CustomerPanel::order))
                .toList();
    }

    List<RenderedPanel> of(long organisationId) {
        return panels.stream()
                .map(panel -> new RenderedPanel(panel.fragment(), panel.model(organisationId)))
                .toList();
    }
}
