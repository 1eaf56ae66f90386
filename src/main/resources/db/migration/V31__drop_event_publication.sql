-- Modules react to each other's events in the transaction of the change (ADR 0017): the event publication registry
-- is not used, and its table goes.
DROP TABLE event_publication;
