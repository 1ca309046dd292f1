package se.samverkan.followup;

/** Where values come from: entered or imported by hand, or a Kolada key figure (KPI id such as N00914). */
public enum IndicatorSource {
    MANUAL,
    KOLADA
}
