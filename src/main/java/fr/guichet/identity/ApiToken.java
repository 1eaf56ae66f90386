package fr.guichet.identity;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A named bearer token of an integration user. Only its SHA-256 hash and a short prefix are kept. */
@Table("identity_api_token")
public class ApiToken {

    private @Id Long id;
    private Long userId;
    private String name;
    private String tokenPrefix;
    private String tokenHash;
    private Instant createdAt;
    private String createdBy;
    private Instant lastUsedAt;
    private Instant revokedAt;
    private @Version int version;

    @PersistenceCreator
    ApiToken(
            Long id,
            Long userId,
            String name,
            String tokenPrefix,
            String tokenHash,
            Instant createdAt,
            String createdBy,
            Instant lastUsedAt,
            Instant revokedAt,
            int version) {
        this.id = id;
        this.userId = userId;
        this.name = name;
        this.tokenPrefix = tokenPrefix;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.lastUsedAt = lastUsedAt;
        this.revokedAt = revokedAt;
        this.version = version;
    }

    static ApiToken issue(Long userId, String name, String prefix, String hash, String createdBy, Instant now) {
        return new ApiToken(null, userId, name, prefix, hash, now, createdBy, null, null, 0);
    }

    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public boolean isActive() {
        return revokedAt == null;
    }

    public Long getId() {
        return id;
    }

    public Long getUserId() {
        return userId;
    }

    public String getName() {
        return name;
    }

    public String getTokenPrefix() {
        return tokenPrefix;
    }

    String getTokenHash() {
        return tokenHash;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }
}
