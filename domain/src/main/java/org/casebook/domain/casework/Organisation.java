package org.casebook.domain.casework;

/** Organisations a parent can be signposted to. ACE, IPSEA and Network 81 are independent of the local authority [002 §4.4, §8.25; 004]. */
public enum Organisation {
    ACE,
    IPSEA,
    NETWORK_81,
    SEND_TRIBUNAL,
    MEDIATION_SERVICE,
    CITIZENS_ADVICE,
    LOCAL_GOVERNMENT_OMBUDSMAN,
    OTHER
}
