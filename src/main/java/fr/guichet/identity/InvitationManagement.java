package fr.guichet.identity;

import fr.guichet.shared.Language;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations to the customer portal: a contact receives a link by email, chooses a username and a password, and has
 * a customer account of their organisation. A link works once and expires ({@code guichet.invitations.validity},
 * 7 days by default); a new invitation to the same address ends the previous ones.
 */
@Service
@Transactional
public class InvitationManagement {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final UserManagement users;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration validity;

    InvitationManagement(
            JdbcClient jdbc,
            UserManagement users,
            ApplicationEventPublisher events,
            Clock clock,
            IdentitySettings settings) {
        this.jdbc = jdbc;
        this.users = users;
        this.events = events;
        this.clock = clock;
        this.validity = settings.invitations().validity();
    }

    /** Invites {@code email} to the portal of the organisation; refused when an account already uses the address. */
    public Invitation invite(String email, String displayName, long organisationId, Language language, String by) {
        String address = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (address.isEmpty()) {
            throw new AccountRuleViolation("email", "identity.invitation.error.no-email");
        }
        if (users.findByEmail(address).isPresent()) {
            throw new AccountRuleViolation("email", "identity.invitation.error.account-exists");
        }
        // A contact's full name may hold up to 201 characters; the account's display name holds 120.
        String name = displayName.strip();
        name = name.length() > 120 ? name.substring(0, 120).strip() : name;
        Instant now = clock.instant();
        jdbc.sql("UPDATE identity_invitation SET expires_at = :now WHERE email = :email AND accepted_at IS NULL"
                        + " AND expires_at > :now")
                .param("now", now.atOffset(ZoneOffset.UTC))
                .param("email", address)
                .update();
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Instant expires = now.plus(validity);
        jdbc.sql(
                        "INSERT INTO identity_invitation (token_hash, email, display_name, organisation_id, language, expires_at,"
                                + " created_by, created_at) VALUES (:hash, :email, :name, :organisation, :language, :expires, :by, :at)")
                .param("hash", ApiTokenManagement.hash(secret))
                .param("email", address)
                .param("name", name)
                .param("organisation", organisationId)
                .param("language", language.code())
                .param("expires", expires.atOffset(ZoneOffset.UTC))
                .param("by", by)
                .param("at", now.atOffset(ZoneOffset.UTC))
                .update();
        events.publishEvent(new InvitationIssued(address, name, language, secret, expires, by));
        return usable(secret).orElseThrow();
    }

    /** The invitation behind a link, if it can still be accepted. */
    @Transactional(readOnly = true)
    public Optional<Invitation> usable(String secret) {
        return bySecret(secret).filter(invitation -> invitation.isUsable(clock.instant()));
    }

    /**
     * Creates the customer account an invitation offers, with the username and password the person chose; the link
     * then no longer works. Refused ({@link InvitationExpired}) when the link was used or has expired.
     */
    public UserAccount accept(String secret, String username, String password) {
        Invitation invitation = jdbc.sql("SELECT * FROM identity_invitation WHERE token_hash = :hash FOR UPDATE")
                .param("hash", ApiTokenManagement.hash(secret == null ? "" : secret))
                .query(InvitationManagement::invitation)
                .optional()
                .filter(i -> i.isUsable(clock.instant()))
                .orElseThrow(InvitationExpired::new);
        UserAccount account = users.createWithOwnPassword(
                UserProfile.customer(
                                username, invitation.displayName(), invitation.email(), invitation.organisationId())
                        .withLanguage(Language.ofCode(invitation.language())),
                password);
        jdbc.sql("UPDATE identity_invitation SET accepted_at = :at, accepted_user_id = :user WHERE id = :id")
                .param("at", clock.instant().atOffset(ZoneOffset.UTC))
                .param("user", account.getId())
                .param("id", invitation.id())
                .update();
        return account;
    }

    /** The organisation was merged into another: its invitations follow it. */
    public void moveOrganisation(long fromOrganisationId, long toOrganisationId) {
        jdbc.sql("UPDATE identity_invitation SET organisation_id = :to WHERE organisation_id = :from")
                .param("from", fromOrganisationId)
                .param("to", toOrganisationId)
                .update();
    }

    /** The invitations sent to an organisation's people, newest first. */
    @Transactional(readOnly = true)
    public List<Invitation> ofOrganisation(long organisationId) {
        return jdbc.sql("SELECT * FROM identity_invitation WHERE organisation_id = :organisation ORDER BY id DESC")
                .param("organisation", organisationId)
                .query(InvitationManagement::invitation)
                .list();
    }

    private Optional<Invitation> bySecret(String secret) {
        if (secret == null || secret.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT * FROM identity_invitation WHERE token_hash = :hash")
                .param("hash", ApiTokenManagement.hash(secret))
                .query(InvitationManagement::invitation)
                .optional();
    }

    private static Invitation invitation(ResultSet rs, int row) throws SQLException {
        OffsetDateTime accepted = rs.getObject("accepted_at", OffsetDateTime.class);
        return new Invitation(
                rs.getLong("id"),
                rs.getString("email"),
                rs.getString("display_name"),
                rs.getLong("organisation_id"),
                rs.getString("language"),
                rs.getObject("expires_at", OffsetDateTime.class).toInstant(),
                accepted == null ? null : accepted.toInstant(),
                rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
