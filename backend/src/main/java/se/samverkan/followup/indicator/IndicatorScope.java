package se.samverkan.followup.indicator;

/** One value for the whole county, or one per municipality of the agreement's county. */
public enum IndicatorScope {
    COUNTY,
    MUNICIPALITY
}
