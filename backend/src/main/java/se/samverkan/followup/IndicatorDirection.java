package se.samverkan.followup;

/** Whether a rising value is progress ("ökad andel … som har arbete") or a falling one ("minskad andel … svårigheter"). */
public enum IndicatorDirection {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER
}
