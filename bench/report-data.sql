-- Requests for the figures' benchmark (ADR 0025), in plain SQL, consistent with the facts the Request aggregate keeps:
-- :rows requests over the 365 days before now (weekdays and office hours), customers' categories and every channel;
-- 70 % closed, 10 % resolved, 20 % open; hand-offs 0 (60 %), 1 (20 %), 2 (10 %), 3–4 (10 %: "baladés"), each a
-- history line HANDED_OFF / TRANSFERRED / RETURNED_TO_OWNER with its teams; first-contact resolutions among the
-- resolved without hand-off; 1 in 20 reopened (a REOPENED line); a rating on 30 % of the closed ones, with a comment
-- on some. Business durations are below the wall-clock ones (the first response within the first day, the
-- resolution within about two weeks). Run with: psql -d DB -v rows=1000000 -f bench/report-data.sql
\set ON_ERROR_STOP on
CREATE TEMP TABLE bench_ids AS SELECT
    (SELECT array_agg(id ORDER BY id) FROM identity_team WHERE office = 'BACK_OFFICE') AS teams,
    (SELECT array_agg(id ORDER BY id) FROM customers_organisation) AS orgs,
    (SELECT array_agg(u.id ORDER BY u.id) FROM identity_user u
        JOIN identity_user_role r ON r.user_id = u.id AND r.role = 'FRONT_OFFICE') AS owners;

INSERT INTO requests_request (reference, subject, category, channel, priority, status, is_open, organisation_id,
    requester_name, owner_id, team_id, handoff_count, first_contact_resolution, first_response_due, resolution_due,
    first_responded_at, resolved_at, closed_at, rating, rating_comment, created_at, updated_at, version,
    first_response_seconds, resolution_seconds, waited_seconds, reopen_count)
SELECT 'REP-' || lpad(g::text, 7, '0'),
       'Demande mesurée ' || g,
       (ARRAY['TECHNICAL','BILLING','PRE_SALES','AFTER_SALES','OTHER'])[1 + g % 5],
       (ARRAY['PORTAL','PHONE','EMAIL','COUNTER','WEB_FORM'])[1 + (g / 5) % 5],
       (ARRAY['LOW','NORMAL','NORMAL','HIGH','URGENT'])[1 + (g / 25) % 5],
       CASE WHEN g % 10 < 7 THEN 'CLOSED' WHEN g % 10 = 7 THEN 'RESOLVED' WHEN g % 10 = 8 THEN 'IN_PROGRESS' ELSE 'NEW' END,
       g % 10 >= 8,
       b.orgs[1 + g % cardinality(b.orgs)],
       'Client ' || g,
       b.owners[1 + g % cardinality(b.owners)],
       CASE WHEN h.count IN (0, 3) THEN NULL ELSE b.teams[1 + (g + h.count) % cardinality(b.teams)] END,
       h.count,
       h.count = 0 AND g % 10 < 8 AND g % 3 = 0,
       c.at + interval '4 hours',
       c.at + interval '2 days',
       CASE WHEN g % 10 < 8 OR g % 10 = 8 THEN c.at + make_interval(secs => 60 + g % 28800) END,
       CASE WHEN g % 10 < 8 THEN c.at + make_interval(secs => 600 + g % 1209600) END,
       CASE WHEN g % 10 < 7 THEN c.at + make_interval(secs => 700 + g % 1209600) END,
       CASE WHEN g % 10 < 7 AND g % 10 < 3 THEN (ARRAY[1,2,3,4,4,5,5,5])[1 + (g / 10) % 8] END,
       CASE WHEN g % 10 < 7 AND g % 10 < 3 AND g % 4 = 0 THEN 'Commentaire ' || g END,
       c.at, c.at, 1,
       CASE WHEN g % 10 <= 8 THEN 60 + (g::bigint * 7919) % 28800 END,
       CASE WHEN g % 10 < 8 THEN 600 + (g::bigint * 104729) % 360000 END,
       0,
       CASE WHEN g % 20 = 0 AND g % 10 < 8 THEN 1 ELSE 0 END
FROM generate_series(1, :rows) g
CROSS JOIN bench_ids b
CROSS JOIN LATERAL (SELECT CASE WHEN g % 10 < 6 THEN 0 WHEN g % 10 < 8 THEN 1 WHEN g % 10 = 8 THEN 2
                                ELSE 3 + g % 2 END AS count) h
CROSS JOIN LATERAL (SELECT date_trunc('day', now() - make_interval(days => (g * 37) % 365))
                           + make_interval(hours => 9 + (g * 13) % 9, mins => (g * 7) % 60) AS at) c;

INSERT INTO requests_event (request_id, kind, actor_name, to_team_id, at)
SELECT id, 'SUBMITTED', requester_name, NULL, created_at FROM requests_request WHERE reference LIKE 'REP-%';
-- The moves, as the aggregate allows them: handed to a team, transferred to another, returned to the owner, handed
-- again; the team of move m is teams[1 + (g + m) % count], where the request's team (team_id) is too.
INSERT INTO requests_event (request_id, kind, actor_name, from_team_id, to_team_id, at)
SELECT r.id,
       (ARRAY['HANDED_OFF','TRANSFERRED','RETURNED_TO_OWNER','HANDED_OFF'])[m],
       'Banc',
       CASE WHEN m IN (2, 3) THEN b.teams[1 + (g.n + m - 1) % cardinality(b.teams)] END,
       CASE WHEN m <> 3 THEN b.teams[1 + (g.n + m) % cardinality(b.teams)] END,
       r.created_at + make_interval(mins => 10 * m)
FROM requests_request r CROSS JOIN bench_ids b
CROSS JOIN LATERAL (SELECT substring(r.reference FROM 5)::int AS n) g
CROSS JOIN LATERAL generate_series(1, r.handoff_count) m
WHERE r.reference LIKE 'REP-%';
INSERT INTO requests_event (request_id, kind, actor_name, at)
SELECT id, 'REOPENED', 'Client', created_at + interval '3 days' FROM requests_request
WHERE reference LIKE 'REP-%' AND reopen_count = 1;
INSERT INTO requests_event (request_id, kind, actor_name, at)
SELECT id, 'RATED', 'Client', closed_at FROM requests_request WHERE reference LIKE 'REP-%' AND rating IS NOT NULL;
-- The team lines the requests module keeps beside the history (V40): the lines that send a request to a team or move it.
INSERT INTO requests_team_event (request_id, created_at, kind, from_team_id, to_team_id)
SELECT e.request_id, r.created_at, e.kind, e.from_team_id, e.to_team_id
FROM requests_event e JOIN requests_request r ON r.id = e.request_id
WHERE r.reference LIKE 'REP-%' AND (e.to_team_id IS NOT NULL OR e.kind IN ('HANDED_OFF', 'TRANSFERRED', 'RETURNED_TO_OWNER'))
ORDER BY e.id;
-- VACUUM, not only ANALYZE: the figures are read from their indexes alone (index-only scans), which needs the
-- visibility map that autovacuum would otherwise set some minutes later.
VACUUM ANALYZE;
