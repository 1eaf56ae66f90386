package fr.guichet.billing.sepa;

import fr.guichet.customers.CustomerManagement;
import fr.guichet.customers.CustomerStatus;
import fr.guichet.customers.Organisation;
import fr.guichet.identity.UserAccount;
import fr.guichet.identity.UserManagement;
import fr.guichet.shared.DemoActivity;
import fr.guichet.shared.DemoLife;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * SEPA direct debit's part of the demo company's life ({@link DemoActivity}, order 450, after billing's year): the
 * company's creditor identifier; the demo customer account's organisation has a mandate waiting for its signature (to
 * sign at {@code /portal/mandates}); two other customers pay by mandates signed three months ago (a scanned copy), so
 * that their invoices since announce their debit and {@code /back/billing/direct-debits} has invoices to collect.
 */
@Component
class SepaDemoLife implements DemoActivity {

    private static final String BY = "Facturation (démo)";
    /** A creditor identifier whose key is right, for the demo only. */
    private static final String DEMO_CREDITOR_ID = "FR72ZZZ123456";

    private static final byte[] SCAN = "%PDF-1.4\n% mandat signé (démo)\n%%EOF\n".getBytes(StandardCharsets.UTF_8);
    /** The customers' own accounts (never the demo company's: a debit must not collect from the creditor). */
    private static final List<String> IBANS =
            List.of("FR7630004000031234567890143", "FR7618206000601234567890158", "FR7610107001011234567890129");

    private final SepaCreditor creditor;
    private final MandateManagement mandates;
    private final CustomerManagement customers;
    private final UserManagement users;

    SepaDemoLife(
            SepaCreditor creditor, MandateManagement mandates, CustomerManagement customers, UserManagement users) {
        this.creditor = creditor;
        this.mandates = mandates;
        this.customers = customers;
        this.users = users;
    }

    @Override
    public int order() {
        return 450;
    }

    @Override
    public String name() {
        return "sepa";
    }

    @Override
    public DemoOutcome play(DemoLife life) {
        if (creditor.current().isEmpty()) {
            creditor.change(DEMO_CREDITOR_ID, 0, BY);
        }
        Optional<Long> demoCustomer = users.findByUsername("client").map(UserAccount::getCustomerOrganisationId);
        List<Organisation> others = customers.all(10_000).stream()
                .filter(o -> o.getStatus() == CustomerStatus.CUSTOMER)
                .filter(o -> demoCustomer.map(id -> !id.equals(o.getId())).orElse(true))
                .limit(2)
                .toList();
        int made = 0;
        if (demoCustomer.isPresent()) {
            long id = demoCustomer.get();
            String name = customers.organisation(id).map(o -> o.name()).orElse("Client");
            mandates.create(new NewMandate(id, MandateKind.RECURRING, cut(name), IBANS.get(0), null), BY);
            made++;
        }
        for (Organisation customer : others) {
            Mandate mandate = mandates.create(
                    new NewMandate(
                            customer.getId(),
                            MandateKind.RECURRING,
                            cut(customer.getName()),
                            IBANS.get(1 + made % 2),
                            null),
                    BY);
            mandates.uploadProof(
                    mandate.id(), mandate.version(), life.lastDay().minusMonths(3), "mandat-signe.pdf", SCAN, BY);
            made++;
        }
        return new DemoOutcome(made + " SEPA mandates");
    }

    private static String cut(String name) {
        return name.length() <= MandateManagement.DEBTOR_MAX ? name : name.substring(0, MandateManagement.DEBTOR_MAX);
    }
}
