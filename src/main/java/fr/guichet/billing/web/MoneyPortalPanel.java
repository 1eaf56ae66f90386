package fr.guichet.billing.web;

import fr.guichet.billing.money.CustomerMoney;
import fr.guichet.customers.CustomerPortalPanel;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The portal home's money panel: the organisation's balance, what is overdue, its last invoices. */
@Component
class MoneyPortalPanel implements CustomerPortalPanel {

    static final int LAST = 3;

    private final CustomerMoney money;

    MoneyPortalPanel(CustomerMoney money) {
        this.money = money;
    }

    @Override
    public int order() {
        return 15;
    }

    @Override
    public String fragment() {
        return "billing/portal-money-panel :: panel";
    }

    @Override
    public Map<String, Object> model(@Nullable Long organisationId, long userId) {
        Map<String, Object> model = new HashMap<>();
        LocalDate today = money.today();
        model.put("balance", organisationId == null ? null : money.balanceOf(organisationId, today));
        model.put("invoices", organisationId == null ? List.of() : money.latest(organisationId, LAST, today));
        return model;
    }
}
