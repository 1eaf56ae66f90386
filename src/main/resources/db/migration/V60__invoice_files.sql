-- An issued invoice's files, made once (issue 15): the PDF/A-3 with its Factur-X XML, the Factur-X XML and the UBL XML
-- are rendered the first time they are asked for (sending by email, a download) and kept; every later download is
-- that same file, byte for byte, whatever the company's settings or template became since.
CREATE TABLE billing_invoice_file (
    invoice_id  BIGINT                   NOT NULL REFERENCES billing_invoice (id),
    kind        VARCHAR(10)              NOT NULL,
    sha256      VARCHAR(64)              NOT NULL,
    content     BYTEA                    NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (invoice_id, kind)
);
