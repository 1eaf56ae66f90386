-- Invoices for the benchmarks of issue 15 (bench/run-money-bench.sh): clones of a template invoice made through the
-- API, so that every column billing has is filled as billing fills it; the columns named in the call are given
-- expressions of g (1..n) instead. Lines are copied only when asked (the drafts to validate need theirs).
CREATE OR REPLACE FUNCTION pg_temp.clone_invoices(template BIGINT, n INT, overrides JSONB, with_lines BOOLEAN)
RETURNS TABLE (first_id BIGINT, last_id BIGINT) AS $$
DECLARE
    cols TEXT;
    exprs TEXT;
    line_cols TEXT;
    before BIGINT;
BEGIN
    SELECT COALESCE(MAX(id), 0) INTO before FROM billing_invoice;
    SELECT string_agg(quote_ident(c.column_name), ', ' ORDER BY c.ordinal_position),
           string_agg(COALESCE(overrides ->> c.column_name, 't.' || quote_ident(c.column_name)), ', '
                      ORDER BY c.ordinal_position)
      INTO cols, exprs
      FROM information_schema.columns c
     WHERE c.table_name = 'billing_invoice' AND c.table_schema = current_schema() AND c.column_name <> 'id';
    EXECUTE format('INSERT INTO billing_invoice (%s) SELECT %s FROM billing_invoice t, generate_series(1, %s) g'
                   || ' WHERE t.id = %s ORDER BY g', cols, exprs, n, template);
    IF with_lines THEN
        SELECT string_agg(quote_ident(c.column_name), ', ' ORDER BY c.ordinal_position)
          INTO line_cols
          FROM information_schema.columns c
         WHERE c.table_name = 'billing_invoice_line' AND c.table_schema = current_schema()
           AND c.column_name <> 'invoice_id';
        EXECUTE format('INSERT INTO billing_invoice_line (invoice_id, %s) SELECT i.id, %s FROM billing_invoice i'
                       || ' JOIN billing_invoice_line l ON l.invoice_id = %s WHERE i.id > %s',
                       line_cols, (SELECT string_agg('l.' || x, ', ') FROM unnest(string_to_array(line_cols, ', ')) x),
                       template, before);
    END IF;
    RETURN QUERY SELECT MIN(id), MAX(id) FROM billing_invoice WHERE id > before;
END;
$$ LANGUAGE plpgsql;
