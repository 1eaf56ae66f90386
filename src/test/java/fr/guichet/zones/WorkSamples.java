package fr.guichet.zones;

import fr.guichet.identity.AccountPrincipal;
import fr.guichet.requests.NewWork;
import fr.guichet.requests.Request;
import fr.guichet.requests.WorkManagement;
import jakarta.annotation.PreDestroy;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.stereotype.Component;

/**
 * Recorded work for the access matrix's world ({@link RouteWorld}): {@code {work}} billable time on {@code {ref}}
 * recorded by the holding team's member, {@code {deskwork}} time on {@code {deskref}} recorded by the front office,
 * {@code {billwork}} billable time on {@code {ref}} for billing to invoice.
 */
@Component
final class WorkSamples {

    private static final List<WorkSamples> RUNNING = new CopyOnWriteArrayList<>();

    private final WorkManagement work;

    WorkSamples(WorkManagement work) {
        this.work = work;
        RUNNING.add(this);
    }

    @PreDestroy
    void closed() {
        RUNNING.remove(this);
    }

    static Object make(String name, RouteWorld.Lookup world, AccountPrincipal holdingMember, AccountPrincipal agent) {
        WorkManagement work = RUNNING.get(0).work;
        return switch (name) {
            case "work", "billwork" -> {
                Request ref = (Request) world.get("ref");
                yield work.record(ref.getId(), NewWork.time(30, "Matrice").withBillable(true), holdingMember)
                        .getId();
            }
            case "deskwork" -> {
                Request deskref = (Request) world.get("deskref");
                yield work.record(deskref.getId(), NewWork.time(15, "Matrice").withBillable(true), agent)
                        .getId();
            }
            default -> throw new IllegalArgumentException("No such work object: {" + name + "}");
        };
    }

    static int version(Object id) {
        WorkManagement work = RUNNING.get(0).work;
        return work.entry((Long) id).getVersion();
    }
}
