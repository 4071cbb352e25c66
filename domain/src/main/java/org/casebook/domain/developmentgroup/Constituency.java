package org.casebook.domain.developmentgroup;

/**
 * Whom a member represents on the Development Group: the constituencies of its target membership [002 §8.9]. The
 * names are part of the HTTP contract.
 */
public enum Constituency {
    /** A parent member, some of whom are IPSs or PSAs; the chair is one of them [002 §8.9, §8.15]. */
    PARENT,
    VOLUNTARY_SECTOR,
    /** Plymouth Association of Primary Heads (PAPH). */
    PRIMARY_HEADS,
    /** Plymouth Association of Secondary Heads (PASH). */
    SECONDARY_HEADS,
    /** Special Heads Association Plymouth (SHAP). */
    SPECIAL_HEADS,
    EARLY_YEARS,
    /** Health Services for Children and Families. */
    HEALTH,
    SOCIAL_CARE,
    CONNEXIONS,
    /** Education Welfare Service. */
    EWS,
    EXCELLENCE_CLUSTER,
    /** The Local Authority Special Services representative, who may not vote [002 §8.17]. */
    LA_SPECIAL_SERVICES,
    /** A PSA Co-ordinator: paid staff of the service [002 §5.2], so no vote and never counted for quorum. */
    PSACO,
    /** The service's own paid staff, who may not vote [002 §8.16, §8.17]. */
    SERVICE_MANAGER,
    PRACTICE_MANAGER
}
