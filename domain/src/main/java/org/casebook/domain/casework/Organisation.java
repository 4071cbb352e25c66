package org.casebook.domain.casework;

/**
 * Organisations a parent can be signposted to. ACE, IPSEA, Network 81 and a local organisation independent of the
 * LA ({@code LOCAL_INDEPENDENT}, named when given) let a parent check the independence of the advice they are given
 * [002 §4.4, §8.25; 004].
 */
public enum Organisation {
    ACE,
    IPSEA,
    NETWORK_81,
    SEND_TRIBUNAL,
    MEDIATION_SERVICE,
    CITIZENS_ADVICE,
    LOCAL_GOVERNMENT_OMBUDSMAN,
    OTHER,
    LOCAL_INDEPENDENT;

    /** Whether signposting to it answers a parent's question about the service's impartiality [002 §4.4]. */
    public boolean independentOfTheLocalAuthority() {
        return this == ACE || this == IPSEA || this == NETWORK_81 || this == LOCAL_INDEPENDENT;
    }
}
