package se.samverkan.organisation;

/** What kind of party an organisation is. */
public enum OrganisationType {
    /** Länsstyrelse. */
    COUNTY_ADMINISTRATIVE_BOARD,
    /** Kommun. */
    MUNICIPALITY,
    /** Region (formerly landsting). */
    REGION,
    /** Statlig myndighet, or a regional office of one. */
    STATE_AGENCY,
    /** Kommunalförbund such as VKL or GR. */
    MUNICIPAL_FEDERATION,
    /** Samordningsförbund. */
    COORDINATION_ASSOCIATION,
    /** Civilsamhälle, idéburen sektor. */
    CIVIL_SOCIETY,
    /** Näringsliv. */
    BUSINESS,
    /** Universitet och högskolor. */
    ACADEMIA,
    OTHER
}
