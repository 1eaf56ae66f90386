package fr.guichet.billing.sepa;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The mandates' rows and their history (append-only). */
@Component
class MandateStore {

    private static final String COLUMNS = "id, organisation_id, reference, kind, debtor_name, iban, bic, status,"
            + " signed_on, next_sequence, proof_kind, proof_name, signer_name, signer_address, signed_at,"
            + " signed_sha256, created_at, created_by, version";

    private final JdbcClient jdbc;

    MandateStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(
            long organisationId,
            String reference,
            MandateKind kind,
            String debtor,
            String iban,
            @Nullable String bic,
            String by,
            Instant at) {
        jdbc.sql("INSERT INTO billing_sepa_mandate (organisation_id, reference, kind, debtor_name, iban, bic, status,"
                        + " next_sequence, created_at, created_by, version) VALUES (:organisation, :reference, :kind,"
                        + " :debtor, :iban, :bic, 'AWAITING_SIGNATURE', :sequence, :at, :by, 0)")
                .param("organisation", organisationId)
                .param("reference", reference)
                .param("kind", kind.name())
                .param("debtor", debtor)
                .param("iban", iban)
                .param("bic", bic)
                .param("sequence", kind == MandateKind.ONE_OFF ? SequenceType.OOFF.name() : SequenceType.FRST.name())
                .param("at", at.atOffset(ZoneOffset.UTC))
                .param("by", cut(by, 100))
                .update();
        return jdbc.sql("SELECT id FROM billing_sepa_mandate WHERE reference = :reference")
                .param("reference", reference)
                .query(Long.class)
                .single();
    }

    boolean referenceTaken(String reference) {
        return jdbc.sql("SELECT COUNT(*) FROM billing_sepa_mandate WHERE reference = :reference")
                        .param("reference", reference)
                        .query(Long.class)
                        .single()
                > 0;
    }

    Optional<Mandate> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM billing_sepa_mandate WHERE id = :id")
                .param("id", id)
                .query(MandateStore::mandate)
                .optional();
    }

    /** Locks the mandate's row until the transaction ends and reads it. */
    Optional<Mandate> locked(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM billing_sepa_mandate WHERE id = :id FOR UPDATE")
                .param("id", id)
                .query(MandateStore::mandate)
                .optional();
    }

    List<Mandate> ofOrganisation(long organisationId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM billing_sepa_mandate WHERE organisation_id = :organisation"
                        + " ORDER BY id DESC")
                .param("organisation", organisationId)
                .query(MandateStore::mandate)
                .list();
    }

    /** Newest first, by pages (keyset on the id). */
    List<Mandate> page(@Nullable Long organisationId, @Nullable MandateStatus status, @Nullable Long before, int size) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM billing_sepa_mandate WHERE 1 = 1");
        if (organisationId != null) {
            sql.append(" AND organisation_id = :organisation");
        }
        if (status != null) {
            sql.append(" AND status = :status");
        }
        if (before != null) {
            sql.append(" AND id < :before");
        }
        sql.append(" ORDER BY id DESC LIMIT ").append(size);
        JdbcClient.StatementSpec query = jdbc.sql(sql.toString());
        if (organisationId != null) {
            query = query.param("organisation", organisationId);
        }
        if (status != null) {
            query = query.param("status", status.name());
        }
        if (before != null) {
            query = query.param("before", before);
        }
        return query.query(MandateStore::mandate).list();
    }

    void proofUploaded(long id, LocalDate signedOn, String name, String type, byte[] content) {
        jdbc.sql("UPDATE billing_sepa_mandate SET status = 'ACTIVE', signed_on = :on, proof_kind = 'UPLOAD',"
                        + " proof_name = :name, proof_type = :type, proof_content = :content, version = version + 1"
                        + " WHERE id = :id")
                .param("on", signedOn)
                .param("name", cut(name, 200))
                .param("type", type)
                .param("content", content)
                .param("id", id)
                .update();
    }

    void signedOnline(long id, LocalDate signedOn, String signer, String address, Instant at, String sha256) {
        jdbc.sql("UPDATE billing_sepa_mandate SET status = 'ACTIVE', signed_on = :on, proof_kind = 'ONLINE',"
                        + " signer_name = :signer, signer_address = :address, signed_at = :at, signed_sha256 = :sha,"
                        + " version = version + 1 WHERE id = :id")
                .param("on", signedOn)
                .param("signer", signer)
                .param("address", cut(address, 64))
                .param("at", at.atOffset(ZoneOffset.UTC))
                .param("sha", sha256)
                .param("id", id)
                .update();
    }

    void status(long id, MandateStatus status) {
        jdbc.sql("UPDATE billing_sepa_mandate SET status = :status, version = version + 1 WHERE id = :id")
                .param("status", status.name())
                .param("id", id)
                .update();
    }

    void nextSequence(long id, SequenceType next) {
        jdbc.sql("UPDATE billing_sepa_mandate SET next_sequence = :next, version = version + 1 WHERE id = :id")
                .param("next", next.name())
                .param("id", id)
                .update();
    }

    /** The uploaded signed copy: its name, type and bytes. */
    Optional<MandateManagement.Proof> proof(long id) {
        return jdbc.sql("SELECT proof_name, proof_type, proof_content FROM billing_sepa_mandate WHERE id = :id"
                        + " AND proof_kind = 'UPLOAD'")
                .param("id", id)
                .query((rs, n) -> new MandateManagement.Proof(
                        rs.getString("proof_name"), rs.getString("proof_type"), rs.getBytes("proof_content")))
                .optional();
    }

    void record(long mandateId, String change, String by, @Nullable String detail, Instant at) {
        jdbc.sql("INSERT INTO billing_sepa_mandate_event (mandate_id, occurred_at, by_name, change, detail)"
                        + " VALUES (:mandate, :at, :by, :change, :detail)")
                .param("mandate", mandateId)
                .param("at", at.atOffset(ZoneOffset.UTC))
                .param("by", cut(by, 200))
                .param("change", change)
                .param("detail", detail == null ? null : cut(detail, 500))
                .update();
    }

    List<MandateEvent> history(long mandateId) {
        return jdbc.sql("SELECT * FROM billing_sepa_mandate_event WHERE mandate_id = :mandate ORDER BY id")
                .param("mandate", mandateId)
                .query((rs, n) -> new MandateEvent(
                        rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                        rs.getString("by_name"),
                        rs.getString("change"),
                        rs.getString("detail")))
                .list();
    }

    private static Mandate mandate(ResultSet rs, int n) throws SQLException {
        OffsetDateTime signedAt = rs.getObject("signed_at", OffsetDateTime.class);
        return new Mandate(
                rs.getLong("id"),
                rs.getLong("organisation_id"),
                rs.getString("reference"),
                MandateKind.valueOf(rs.getString("kind")),
                rs.getString("debtor_name"),
                rs.getString("iban"),
                rs.getString("bic"),
                MandateStatus.valueOf(rs.getString("status")),
                rs.getObject("signed_on", LocalDate.class),
                SequenceType.valueOf(rs.getString("next_sequence")),
                rs.getString("proof_kind"),
                rs.getString("proof_name"),
                rs.getString("signer_name"),
                rs.getString("signer_address"),
                signedAt == null ? null : signedAt.toInstant(),
                rs.getString("signed_sha256"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getString("created_by"),
                rs.getInt("version"));
    }

    static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
