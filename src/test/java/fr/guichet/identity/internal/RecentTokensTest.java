package fr.guichet.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import fr.guichet.identity.AccountPrincipal;
import fr.guichet.identity.ApiToken;
import fr.guichet.support.AtOnce;
import fr.guichet.support.MovableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.data.relational.core.conversion.MutableAggregateChange;
import org.springframework.data.relational.core.mapping.event.AfterDeleteEvent;
import org.springframework.data.relational.core.mapping.event.Identifier;

class RecentTokensTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-24T10:00:00Z"));
    private final RecentTokens recent = new RecentTokens(Duration.ofSeconds(5), clock);
    private final AtomicInteger lookups = new AtomicInteger();

    private final Supplier<Optional<AccountPrincipal>> slowLookup = () -> {
        lookups.incrementAndGet();
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Optional.empty();
    };

    @Test
    void aTokenIsLookedUpAgainOnlyAfterItsEntryExpired() {
        recent.get("hash", slowLookup);
        clock.advance(Duration.ofSeconds(4));
        recent.get("hash", slowLookup);
        assertThat(lookups).hasValue(1);

        clock.advance(Duration.ofSeconds(2));
        recent.get("hash", slowLookup);
        assertThat(lookups).hasValue(2);
    }

    @Test
    void callsArrivingTogetherWithOneTokenShareOneLookup() throws Exception {
        assertThat(AtOnce.call(16, () -> recent.get("hash", slowLookup)))
                .hasSize(16)
                .allMatch(Optional::isEmpty);
        assertThat(lookups).hasValue(1);
    }

    @Test
    void eachTokenHasItsOwnEntry() {
        recent.get("one", slowLookup);
        recent.get("two", slowLookup);
        recent.get("one", slowLookup);
        assertThat(lookups).hasValue(2);
    }

    @Test
    void aChangeCommittedDuringALookupIsNotHiddenByTheLookupsAnswer() {
        Supplier<Optional<AccountPrincipal>> lookupOverlappingAChange = () -> {
            lookups.incrementAndGet();
            recent.on(tokenDeleted()); // committed while the lookup reads
            return Optional.empty();
        };
        recent.get("hash", lookupOverlappingAChange);
        recent.get("hash", slowLookup);
        assertThat(lookups)
                .as("the answer read during the change is not remembered")
                .hasValue(2);

        recent.get("hash", slowLookup);
        assertThat(lookups).as("the next one is").hasValue(2);
    }

    @Test
    void aCommittedChangeForgetsEveryEntry() {
        recent.get("one", slowLookup);
        recent.get("two", slowLookup);
        recent.on(tokenDeleted());
        recent.get("one", slowLookup);
        recent.get("two", slowLookup);
        assertThat(lookups).hasValue(4);
    }

    /** What Spring Data JDBC publishes when a token is deleted by its id (no entity at hand). */
    private static AfterDeleteEvent<ApiToken> tokenDeleted() {
        return new AfterDeleteEvent<>(Identifier.of(1L), null, MutableAggregateChange.forDelete(ApiToken.class));
    }
}
