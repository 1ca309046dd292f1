package se.samverkan.followup;

/** One value for the whole county, or one per municipality of the agreement's county. */
public enum IndicatorScope {
    COUNTY,
    MUNICIPALITY
}
