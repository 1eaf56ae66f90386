-- In-app notices are called alerts (ADR 0017): "notice" is kept for a contract's notice period.
ALTER TABLE notifications_notice RENAME TO notifications_alert;
