-- requests: the business hours service levels are counted in, as administrators set them (one row; without it, the
-- settings guichet.business-hours.* apply).
CREATE TABLE requests_business_hours (
    id         INT          PRIMARY KEY,
    opens      VARCHAR(5)   NOT NULL,
    closes     VARCHAR(5)   NOT NULL,
    zone       VARCHAR(60)  NOT NULL,
    days       VARCHAR(70)  NOT NULL,
    version    INT          NOT NULL,
    changed_by VARCHAR(120) NOT NULL,
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT requests_business_hours_single CHECK (id = 1)
);
