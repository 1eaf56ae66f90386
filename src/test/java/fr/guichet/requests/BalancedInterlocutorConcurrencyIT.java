package fr.guichet.requests;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.identity.Role;
import fr.guichet.identity.UserAccount;
import fr.guichet.support.IntegrationTest;
import fr.guichet.support.RunningSecondInstance;
import fr.guichet.support.TestRequests;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Sixty customer requests submitted at the same moment through two instances on one database, under the balanced rule:
 * each present front-office member gets the same number to own (the choices are made one after the other).
 */
class BalancedInterlocutorConcurrencyIT extends IntegrationTest {

    @RegisterExtension
    static final RunningSecondInstance second = new RunningSecondInstance();

    @Autowired
    RequestManagement firstInstance;

    @Autowired
    OwnerSettingsManagement settings;

    @Test
    void sixtyConcurrentSubmissionsOnTwoInstancesAreSharedTwentyEach() throws Exception {
        List<UserAccount> agents =
                List.of(staff(Role.FRONT_OFFICE), staff(Role.FRONT_OFFICE), staff(Role.FRONT_OFFICE));
        UserAccount customer = customerUser();
        RequestManagement secondInstance = second.context().getBean(RequestManagement.class);
        int submissions = 60;
        try (OwnerTesting owners = new OwnerTesting(settings, users, staff(Role.ADMIN))
                .rule(InterlocutorPolicy.BALANCED, false)
                .onlyPresent(agents.toArray(UserAccount[]::new))) {
            ExecutorService pool = Executors.newFixedThreadPool(20);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Long>> chosenOwners = new ArrayList<>();
            try {
                for (int i = 0; i < submissions; i++) {
                    RequestManagement instance = i % 2 == 0 ? firstInstance : secondInstance;
                    Category category = i % 3 == 0 ? Category.TECHNICAL : Category.OTHER;
                    int n = i;
                    Callable<Long> submit = () -> {
                        start.await();
                        return instance.submit(
                                        TestRequests.fromPortal(customer, "Demande " + n, "Texte", category),
                                        TestRequests.actorOf(customer))
                                .getOwnerId();
                    };
                    chosenOwners.add(pool.submit(submit));
                }
                start.countDown();
                List<Long> chosen = new ArrayList<>();
                for (Future<Long> owner : chosenOwners) {
                    chosen.add(owner.get(60, TimeUnit.SECONDS));
                }
                Map<Long, Long> counts =
                        chosen.stream().collect(Collectors.groupingBy(id -> id, Collectors.counting()));
                assertThat(counts)
                        .containsOnlyKeys(
                                agents.stream().map(UserAccount::getId).toList())
                        .allSatisfy((agent, count) -> assertThat(count).isEqualTo(20L));
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
