-- Read models, each owned by one Axon streaming processor (its name is the table prefix) and rebuilt by replaying
-- the events into empty tables. None holds personal data: caseloads and reports need none.

-- caseload: one row per case; `state` is the JSON the due items are computed from (contact dates, evaluation
-- requests, appeal deadlines, open complaints).
CREATE TABLE caseload_case (
    case_id         VARCHAR(36)  PRIMARY KEY,
    supporter       VARCHAR(100),
    status          VARCHAR(10)  NOT NULL,
    level           INTEGER      NOT NULL,
    opened_on       DATE         NOT NULL,
    last_contact_on DATE,
    state           VARCHAR(20000) NOT NULL
);
CREATE INDEX ix_caseload_case_supporter ON caseload_case (supporter, status);

-- reports: anonymous facts, one row per countable thing an event says, dated when it happened. `case_id` links
-- facts of one case (levels, answered concerns) and is never shown in the Development Group report.
CREATE TABLE report_fact (
    event_id    VARCHAR(255) NOT NULL,
    ordinal     INTEGER      NOT NULL,
    case_id     VARCHAR(36)  NOT NULL,
    occurred_on DATE         NOT NULL,
    fact        VARCHAR(40)  NOT NULL,
    dimension   VARCHAR(40)  NOT NULL,
    val         VARCHAR(60)  NOT NULL,
    ref         VARCHAR(36),
    worker      VARCHAR(100),
    PRIMARY KEY (event_id, ordinal)
);
CREATE INDEX ix_report_fact_fact_date ON report_fact (fact, occurred_on);
CREATE INDEX ix_report_fact_case ON report_fact (case_id, fact);

-- reports: what the facts need to know about a case as a whole.
CREATE TABLE report_case (
    case_id   VARCHAR(36)  PRIMARY KEY,
    level     INTEGER      NOT NULL,
    supporter VARCHAR(100)
);

-- reports: each disclosure made without consent on safeguarding grounds, for the impartiality audit
-- [002 App. B 9-12]. The justification is staff's own words and is shown to managers only.
CREATE TABLE report_safeguarding_override (
    sharing_id    VARCHAR(36)  PRIMARY KEY,
    case_id       VARCHAR(36)  NOT NULL,
    shared_on     DATE         NOT NULL,
    recipient     VARCHAR(40)  NOT NULL,
    justification VARCHAR(20000),
    approved_by   VARCHAR(100) NOT NULL,
    recorded_by   VARCHAR(100) NOT NULL
);
CREATE INDEX ix_report_safeguarding_override_date ON report_safeguarding_override (shared_on);
