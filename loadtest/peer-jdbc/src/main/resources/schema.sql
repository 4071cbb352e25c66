CREATE TABLE IF NOT EXISTS peer_enquiry (
    case_id       VARCHAR(36) PRIMARY KEY,
    received_on   VARCHAR(10) NOT NULL,
    channel       VARCHAR(40) NOT NULL,
    enquirer_role VARCHAR(40) NOT NULL,
    about         VARCHAR(40),
    topics        VARCHAR(400)
);
