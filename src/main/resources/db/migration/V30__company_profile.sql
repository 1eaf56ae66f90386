-- company: the identity of the company that runs Guichet (one row; without it, neutral values apply). Numbered 29.13
-- so that it runs after V29 without taking a whole number another change may use.
CREATE TABLE company_profile (
    id            INT           PRIMARY KEY,
    trade_name    VARCHAR(120)  NOT NULL,
    legal_name    VARCHAR(160)  NOT NULL,
    phone         VARCHAR(40)   NOT NULL,
    email         VARCHAR(254)  NOT NULL,
    address_lines VARCHAR(400)  NOT NULL,
    postcode      VARCHAR(20)   NOT NULL,
    city          VARCHAR(120)  NOT NULL,
    website       VARCHAR(254)  NOT NULL,
    mail_sender   VARCHAR(254)  NOT NULL,
    version       INT           NOT NULL,
    changed_by    VARCHAR(120)  NOT NULL,
    changed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT company_profile_single CHECK (id = 1)
);
