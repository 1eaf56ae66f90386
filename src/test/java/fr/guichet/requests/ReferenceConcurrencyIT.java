package fr.guichet.requests;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.identity.UserAccount;
import fr.guichet.support.IntegrationTest;
import fr.guichet.support.RunningSecondInstance;
import fr.guichet.support.TestRequests;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/** Many requests submitted at the same moment through two application instances on one database. */
class ReferenceConcurrencyIT extends IntegrationTest {

    @RegisterExtension
    static final RunningSecondInstance second = new RunningSecondInstance();

    @Autowired
    RequestManagement firstInstance;

    @Test
    void sixtyFourConcurrentSubmissionsOnTwoInstancesGetSixtyFourDistinctReferences() throws Exception {
        UserAccount customer = customerUser();
        RequestManagement secondInstance = second.context().getBean(RequestManagement.class);
        int submissions = 64;
        ExecutorService pool = Executors.newFixedThreadPool(32);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        try {
            for (int i = 0; i < submissions; i++) {
                RequestManagement instance = i % 2 == 0 ? firstInstance : secondInstance;
                int n = i;
                Callable<String> submit = () -> {
                    start.await();
                    return instance.submit(
                                    TestRequests.fromPortal(customer, "Demande " + n, "Texte " + n, Category.TECHNICAL),
                                    TestRequests.actorOf(customer))
                            .getReference();
                };
                results.add(pool.submit(submit));
            }
            start.countDown();
            Set<String> references = new HashSet<>();
            for (Future<String> result : results) {
                references.add(result.get()); // any error fails here
            }
            assertThat(references).hasSize(submissions).allMatch(r -> r.matches("DEM-\\d{4}-\\d{6,}"));
            assertThat(firstInstance.ofOrganisation(customer.getCustomerOrganisationId(), 1000))
                    .hasSize(submissions);
        } finally {
            pool.shutdownNow();
        }
    }
}
