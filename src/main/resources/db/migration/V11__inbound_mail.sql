-- notifications: inbound emails already handled, by Message-ID, so that no instance handles one twice.
CREATE TABLE notifications_inbound (
    message_id  VARCHAR(300) NOT NULL PRIMARY KEY,
    sender      VARCHAR(254),
    outcome     VARCHAR(20)  NOT NULL,
    reference   VARCHAR(20),
    received_at TIMESTAMP WITH TIME ZONE NOT NULL
);
