-- counter: the reasons, the counters and the settings a new installation starts with (administrators change them in
-- /back/admin/counter).
INSERT INTO counter_reason (letter, label_fr, label_en, active, position) VALUES
    ('A', 'Accueil et renseignements', 'Reception and information', TRUE, 1),
    ('B', 'Service après-vente', 'After-sales service', TRUE, 2),
    ('C', 'Facturation et paiements', 'Billing and payments', TRUE, 3);
INSERT INTO counter_desk (name, active, position) VALUES
    ('Guichet 1', TRUE, 1),
    ('Guichet 2', TRUE, 2),
    ('Guichet 3', TRUE, 3);
INSERT INTO counter_settings (id, threshold_minutes) VALUES (1, 15);
INSERT INTO counter_change (id, counter) VALUES (1, 0);
