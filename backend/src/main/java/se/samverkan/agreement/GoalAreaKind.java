package se.samverkan.agreement;

/** A numbered goal area (målområde, insatsområde), or an area the parties monitor and may give a yearly focus. */
public enum GoalAreaKind {
    GOAL_AREA,
    MONITORED_AREA
}
