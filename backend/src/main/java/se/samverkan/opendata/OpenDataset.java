package se.samverkan.opendata;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The public datasets, each a flat table with a documented schema (Frictionless Table Schema field types), served as
 * CSV and JSON. Only what the public may read is in them: they are built as the anonymous caller, through the
 * features' own services and policies.
 */
public enum OpenDataset {
    AGREEMENTS(
            "agreements",
            "Överenskommelser",
            "Agreements",
            "Antagna och gällande regionala och lokala överenskommelser, strategier och samverkansdokument (RÖK, LÖK,"
                    + " RUS) med period, status och syfte.",
            "Adopted regional and local agreements, strategies and cooperation plans (RÖK, LÖK, RUS) with period,"
                    + " status and purpose.",
            List.of(
                    c("id", "string", "The agreement's id (UUID)"),
                    c("kind", "string", "REGIONAL, LOCAL, STRATEGY or COOPERATION_PLAN"),
                    c("title", "string", "Title"),
                    c("county_code", "string", "County code (two digits)"),
                    c("county_name", "string", "County"),
                    c("municipality_code", "string", "Municipality code (four digits), for a local agreement"),
                    c("municipality_name", "string", "Municipality, for a local agreement"),
                    c("first_year", "integer", "First year of the period"),
                    c("last_year", "integer", "Last year of the period"),
                    c("status", "string", "ADOPTED, EXPIRED or SUPERSEDED"),
                    c("adopted_on", "date", "When it was adopted"),
                    c("report_number", "string", "The report number it was published under, e.g. Rapport 2016:09"),
                    c("purpose", "string", "Purpose"),
                    c("url", "string", "Its page"))),
    GOAL_AREAS(
            "agreement-goal-areas",
            "Målområden",
            "Goal areas",
            "Överenskommelsernas målområden med mål och målgrupper.",
            "The agreements' goal areas with their goals and target groups.",
            List.of(
                    c("agreement_id", "string", "The agreement (see agreements)"),
                    c("goal_area_id", "string", "The goal area's id (UUID)"),
                    c("number", "string", "Number, e.g. 3.2"),
                    c("title", "string", "Title"),
                    c("goal", "string", "The goal statement (Mål)"),
                    c("target_groups", "string", "Target groups, separated by semicolons"))),
    STRATEGIES(
            "agreement-strategies",
            "Strategier",
            "Strategies",
            "Strategierna under varje målområde, i ordning.",
            "The strategies of each goal area, in order.",
            List.of(
                    c("agreement_id", "string", "The agreement"),
                    c("goal_area_id", "string", "The goal area (see agreement-goal-areas)"),
                    c("position", "integer", "Order within the goal area, from 1"),
                    c("text", "string", "The strategy"))),
    RESPONSIBILITIES(
            "agreement-responsibilities",
            "Ansvar",
            "Responsibilities",
            "Vem som ansvarar för vad i varje målområde, och på vilken nivå.",
            "Who answers for what in each goal area, and at which level.",
            List.of(
                    c("agreement_id", "string", "The agreement"),
                    c("goal_area_id", "string", "The goal area"),
                    c("organisation_id", "string", "The organisation, when one is named"),
                    c("organisation_name", "string", "Its name"),
                    c("all_other_signatories", "boolean", "The row stands for all other signing parties"),
                    c("collective_party", "string", "A party that is no single organisation, e.g. civilsamhället"),
                    c("kind", "string", "RESPONSIBLE or OTHER"),
                    c("level", "string", "NATIONAL, REGIONAL, SUBREGIONAL or LOCAL, when stated"))),
    PARTIES(
            "agreement-parties",
            "Parter",
            "Parties",
            "Överenskommelsernas parter och deras roll.",
            "The agreements' parties and their roles.",
            List.of(
                    c("agreement_id", "string", "The agreement"),
                    c("organisation_id", "string", "The organisation (UUID)"),
                    c("organisation_name", "string", "Its name"),
                    c("organisation_type", "string", "MUNICIPALITY, STATE_AGENCY, REGION …"),
                    c("role", "string", "The party's role, e.g. SIGNATORY or CONVENER"),
                    c("signed_on", "date", "When it signed"))),
    FORUMS(
            "forums",
            "Samverkansforum",
            "Forums",
            "Råd, samråd, beredningsgrupper, nätverk och arbetsgrupper.",
            "Councils, consultations, preparation groups, networks and working groups.",
            List.of(
                    c("id", "string", "The forum's id (UUID)"),
                    c("name", "string", "Name"),
                    c("kind", "string", "Kind of forum"),
                    c("level", "string", "NATIONAL, REGIONAL, SUBREGIONAL or LOCAL"),
                    c("county_code", "string", "County code; empty for a national forum"),
                    c("county_name", "string", "County"),
                    c("convener_id", "string", "The convening organisation"),
                    c("convener_name", "string", "Its name"),
                    c("parent_id", "string", "The forum it prepares for or belongs to"),
                    c("meetings_per_year", "integer", "How often it meets"),
                    c("active", "boolean", "Whether it is active"),
                    c("url", "string", "Its page"))),
    MINUTES(
            "minutes",
            "Publicerade protokoll",
            "Published minutes",
            "Möten vars protokoll är publicerade.",
            "Meetings whose minutes are published.",
            List.of(
                    c("meeting_id", "string", "The meeting's id (UUID)"),
                    c("forum_id", "string", "The forum (see forums)"),
                    c("forum_name", "string", "Its name"),
                    c("title", "string", "The meeting's title"),
                    c("date", "date", "The meeting's date"),
                    c("published_at", "datetime", "When the minutes were published (UTC)"),
                    c("url", "string", "The meeting's page"))),
    DECISIONS(
            "decisions",
            "Beslut",
            "Decisions",
            "Beslut i publicerade protokoll.",
            "Decisions in published minutes.",
            List.of(
                    c("decision_id", "string", "The decision's id (UUID)"),
                    c("meeting_id", "string", "The meeting (see minutes)"),
                    c("agenda_item", "string", "The agenda item's title"),
                    c("position", "integer", "Order within the agenda item"),
                    c("text", "string", "The decision"),
                    c("outcome", "string", "Outcome, e.g. ADOPTED"),
                    c("subject", "string", "What it concerns"),
                    c("agreement_id", "string", "The agreement it concerns, if any"))),
    FOLLOW_UP(
            "follow-up",
            "Godkänd uppföljning",
            "Approved follow-up",
            "Godkända årliga uppföljningar av överenskommelserna: läget per målområde.",
            "Approved yearly follow-up of the agreements: the status per goal area.",
            List.of(
                    c("round_id", "string", "The follow-up round (UUID)"),
                    c("agreement_id", "string", "The agreement (see agreements)"),
                    c("year", "integer", "The year followed up"),
                    c("approved_by", "string", "Who approved it, e.g. Integrationsrådet"),
                    c("approved_on", "date", "When it was approved"),
                    c("goal_area_id", "string", "The goal area (see agreement-goal-areas)"),
                    c("goal_area_number", "string", "Its number"),
                    c("goal_area_title", "string", "Its title"),
                    c("status", "string", "ON_TRACK, PARTLY, NOT_ON_TRACK or NOT_ASSESSED"),
                    c("url", "string", "The report's page"))),
    INDICATOR_VALUES(
            "indicator-values",
            "Indikatorvärden",
            "Indicator values",
            "Värden för överenskommelsernas indikatorer per år, kommun och kön (kvinnor, män, totalt).",
            "Values of the agreements' indicators per year, municipality and gender (women, men, total).",
            List.of(
                    c("agreement_id", "string", "The agreement"),
                    c("indicator_id", "string", "The indicator (UUID)"),
                    c("indicator", "string", "Its name"),
                    c("unit", "string", "Unit"),
                    c("year", "integer", "Year"),
                    c("municipality_code", "string", "Municipality code; empty for a county-wide value"),
                    c("municipality_name", "string", "Municipality"),
                    c("gender", "string", "WOMEN, MEN or TOTAL"),
                    c("value", "number", "The value"),
                    c("sample", "boolean", "A made-up demonstration value, not a fact"))),
    PROJECTS(
            "funding-projects",
            "Beviljade projekt",
            "Granted projects",
            "Projekt som beviljats utvecklingsmedel (§37, §37a, TIA, ESF+, AMIF): vem som fick vad för vad.",
            "Projects granted development funds (§37, §37a, TIA, ESF+, AMIF): who got what for what.",
            List.of(
                    c("id", "string", "The project's id (UUID)"),
                    c("name", "string", "Name"),
                    c("county_code", "string", "County code"),
                    c("owner_id", "string", "The project owner (organisation)"),
                    c("owner_name", "string", "Its name"),
                    c("starts_on", "date", "Start"),
                    c("ends_on", "date", "End"),
                    c("status", "string", "Status"),
                    c("budget_total", "number", "Granted budget in kronor (decimal point)"),
                    c("url", "string", "Its page")));

    /** One column: name, Table Schema type, meaning. */
    public record Column(String name, String type, String description) {}

    public final String slug;
    public final String titleSv;
    public final String titleEn;
    public final String descriptionSv;
    public final String descriptionEn;
    public final List<Column> columns;

    OpenDataset(
            String slug,
            String titleSv,
            String titleEn,
            String descriptionSv,
            String descriptionEn,
            List<Column> columns) {
        this.slug = slug;
        this.titleSv = titleSv;
        this.titleEn = titleEn;
        this.descriptionSv = descriptionSv;
        this.descriptionEn = descriptionEn;
        this.columns = columns;
    }

    public static Optional<OpenDataset> bySlug(String slug) {
        return Arrays.stream(values()).filter(d -> d.slug.equals(slug)).findFirst();
    }

    private static Column c(String name, String type, String description) {
        return new Column(name, type, description);
    }
}
