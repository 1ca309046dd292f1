/**
 * Every page's address, written once, and a typed link helper per page (`toAgreement({ id })`), after Keycloak's
 * admin UI. The router's routes (declared by each feature) take their `path` from here, so a link and the route it
 * leads to cannot drift apart; features link to each other through these helpers without importing each other.
 */
export const paths = {
  start: '/',
  organisations: '/organisations',
  newOrganisation: '/organisations/new',
  organisation: '/organisations/$id',
  editOrganisation: '/organisations/$id/edit',
  agreements: '/agreements',
  newAgreement: '/agreements/new',
  agreement: '/agreements/$id',
  editAgreement: '/agreements/$id/edit',
  agreementHistory: '/agreements/$id/history',
  agreementCompare: '/agreements/$id/compare',
  agreementMatrix: '/agreements/$id/matrix',
  agreementPrint: '/agreements/$id/print',
  newParty: '/agreements/$id/parties/new',
  editParty: '/agreements/$id/parties/$partyId/edit',
  newGoalArea: '/agreements/$id/goal-areas/new',
  editGoalArea: '/agreements/$id/goal-areas/$goalAreaId/edit',
  goalAreaFocus: '/agreements/$id/goal-areas/$goalAreaId/focus',
  strategyProcess: '/agreements/$id/process',
  strategyAnalysis: '/agreements/$id/areas-of-action',
  actionPlan: '/agreements/$id/action-plan',
  followUp: '/follow-up',
  myTasks: '/follow-up/tasks',
  agreementFollowUp: '/follow-up/agreements/$agreementId',
  round: '/follow-up/rounds/$roundId',
  roundReport: '/follow-up/rounds/$roundId/report',
  assessment: '/follow-up/assessments/$assessmentId',
  indicator: '/follow-up/indicators/$indicatorId',
  editIndicator: '/follow-up/indicators/$indicatorId/edit',
  newIndicator: '/follow-up/agreements/$agreementId/indicators/new',
  forums: '/forums',
  newForum: '/forums/new',
  forum: '/forums/$id',
  editForum: '/forums/$id/edit',
  forumStatusReports: '/forums/$id/status-reports',
  statusReport: '/status-reports/$id',
  meeting: '/meetings/$id',
  editMeeting: '/meetings/$id/edit',
  actionItems: '/action-items',
  actionItem: '/action-items/$id',
  newDocument: '/documents/new',
  document: '/documents/$id',
  editDocument: '/documents/$id/edit',
  search: '/search',
  funding: '/funding',
  fundingProjects: '/funding/projects',
  fundingProject: '/funding/projects/$id',
  fundingCall: '/funding/calls/$id',
  fundingApplication: '/funding/applications/$id',
  fundingAccounts: '/funding/accounts',
  fundingProgrammes: '/funding/programmes',
  newFundingProgramme: '/funding/programmes/new',
  editFundingProgramme: '/funding/programmes/$id/edit',
  fundingProgrammeHistory: '/funding/programmes/$id/history',
  newFundingCall: '/funding/calls/new',
  editFundingCall: '/funding/calls/$id/edit',
  editFundingApplication: '/funding/applications/$id/edit',
  newFundingProject: '/funding/projects/new',
  editFundingProject: '/funding/projects/$id/edit',
  surveys: '/surveys',
  newSurvey: '/surveys/new',
  survey: '/surveys/$id',
  surveyAnswer: '/surveys/$id/answers/$organisationId',
  surveyResults: '/surveys/$id/results',
  notifications: '/notifications',
  notificationPreferences: '/notifications/preferences',
  unsubscribe: '/unsubscribe',
  confirmSubscription: '/subscriptions/confirm',
  countyGrants: '/counties/$code/grants',
  nationalGrants: '/national-grants',
  grant: '/grants/$id',
  profile: '/profile',
  openData: '/open-data',
  accessibility: '/accessibility',
  national: '/national',
  lokMap: '/national/lok-map',
  resultsReports: '/results-reports',
  resultsReport: '/results-reports/$id',
  nationalResults: '/national-results/$year',
  webhooks: '/integrations/webhooks',
} as const;

export type PagePath = (typeof paths)[keyof typeof paths];

/** The `$name` parameters of a path, each a string. */
export type ParamsOf<P extends string> = P extends `${string}$${infer Name}/${infer Rest}`
  ? Record<Name, string> & ParamsOf<`/${Rest}`>
  : P extends `${string}$${infer Name}`
    ? Record<Name, string>
    : object;

/** A query string's values; empty ones are left out. */
export type SearchOf = Record<string, string | number | boolean | undefined | null>;

/** The address of a page: its path with the parameters filled in (encoded), and the query string, if any. */
export function linkTo<P extends PagePath>(path: P, params: ParamsOf<P>, search?: SearchOf): string {
  const values = params as Record<string, string>;
  const pathname = path.replace(/\$([A-Za-z]+)/g, (_, name: string) => encodeURIComponent(values[name] ?? ''));
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(search ?? {})) {
    if (value !== undefined && value !== null && value !== '') query.set(key, String(value));
  }
  const text = query.toString();
  return text ? `${pathname}?${text}` : pathname;
}

type Id = { id: string };

export const toStart = () => linkTo(paths.start, {});
export const toOrganisations = (search?: SearchOf) => linkTo(paths.organisations, {}, search);
export const toNewOrganisation = () => linkTo(paths.newOrganisation, {});
export const toOrganisation = (params: Id) => linkTo(paths.organisation, params);
export const toEditOrganisation = (params: Id) => linkTo(paths.editOrganisation, params);

export const toAgreements = (search?: SearchOf) => linkTo(paths.agreements, {}, search);
export const toNewAgreement = (search?: SearchOf) => linkTo(paths.newAgreement, {}, search);
export const toAgreement = (params: Id) => linkTo(paths.agreement, params);
export const toEditAgreement = (params: Id) => linkTo(paths.editAgreement, params);
export const toAgreementHistory = (params: Id) => linkTo(paths.agreementHistory, params);
export const toAgreementCompare = (params: Id, search?: { with?: string }) =>
  linkTo(paths.agreementCompare, params, search);
export const toAgreementMatrix = (params: Id) => linkTo(paths.agreementMatrix, params);
export const toAgreementPrint = (params: Id) => linkTo(paths.agreementPrint, params);
export const toNewParty = (params: Id) => linkTo(paths.newParty, params);
export const toEditParty = (params: Id & { partyId: string }) => linkTo(paths.editParty, params);
export const toNewGoalArea = (params: Id) => linkTo(paths.newGoalArea, params);
export const toEditGoalArea = (params: Id & { goalAreaId: string }) => linkTo(paths.editGoalArea, params);
export const toGoalAreaFocus = (params: Id & { goalAreaId: string }, search?: SearchOf) =>
  linkTo(paths.goalAreaFocus, params, search);

export const toStrategyProcess = (params: Id) => linkTo(paths.strategyProcess, params);
export const toStrategyAnalysis = (params: Id) => linkTo(paths.strategyAnalysis, params);
export const toActionPlan = (params: Id) => linkTo(paths.actionPlan, params);

export const toFollowUp = () => linkTo(paths.followUp, {});
export const toMyTasks = () => linkTo(paths.myTasks, {});
export const toAgreementFollowUp = (params: { agreementId: string }) => linkTo(paths.agreementFollowUp, params);
export const toRound = (params: { roundId: string }) => linkTo(paths.round, params);
export const toRoundReport = (params: { roundId: string }) => linkTo(paths.roundReport, params);
export const toAssessment = (params: { assessmentId: string }) => linkTo(paths.assessment, params);
export const toIndicator = (params: { indicatorId: string }) => linkTo(paths.indicator, params);
export const toEditIndicator = (params: { indicatorId: string }) => linkTo(paths.editIndicator, params);
export const toNewIndicator = (params: { agreementId: string }) => linkTo(paths.newIndicator, params);

export const toForums = (search?: SearchOf) => linkTo(paths.forums, {}, search);
export const toNewForum = (search?: SearchOf) => linkTo(paths.newForum, {}, search);
export const toForum = (params: Id) => linkTo(paths.forum, params);
export const toEditForum = (params: Id) => linkTo(paths.editForum, params);
export const toForumStatusReports = (params: Id) => linkTo(paths.forumStatusReports, params);
export const toStatusReport = (params: Id) => linkTo(paths.statusReport, params);
export const toMeeting = (params: Id) => linkTo(paths.meeting, params);
export const toEditMeeting = (params: Id) => linkTo(paths.editMeeting, params);
export const toActionItems = (search?: SearchOf) => linkTo(paths.actionItems, {}, search);
export const toActionItem = (params: Id) => linkTo(paths.actionItem, params);

export const toNewDocument = (search: { ownerType: string; ownerId: string; type?: 'FILE' | 'LINK' }) =>
  linkTo(paths.newDocument, {}, search);
export const toViewDocument = (params: Id) => linkTo(paths.document, params);
export const toEditDocument = (params: Id) => linkTo(paths.editDocument, params);

export const toSurveys = (search?: SearchOf) => linkTo(paths.surveys, {}, search);
export const toNewSurvey = () => linkTo(paths.newSurvey, {});
export const toSurvey = (params: Id) => linkTo(paths.survey, params);
export const toSurveyAnswer = (params: Id & { organisationId: string }) => linkTo(paths.surveyAnswer, params);
export const toSurveyResults = (params: Id, search?: SearchOf) => linkTo(paths.surveyResults, params, search);

export const toSearch = (search?: SearchOf) => linkTo(paths.search, {}, search);

export const toFunding = (search?: SearchOf) => linkTo(paths.funding, {}, search);
export const toFundingProjects = (search?: SearchOf) => linkTo(paths.fundingProjects, {}, search);
export const toFundingProject = (params: Id) => linkTo(paths.fundingProject, params);
export const toFundingCall = (params: Id) => linkTo(paths.fundingCall, params);
export const toFundingApplication = (params: Id) => linkTo(paths.fundingApplication, params);
export const toFundingAccounts = (search?: SearchOf) => linkTo(paths.fundingAccounts, {}, search);
export const toFundingProgrammes = () => linkTo(paths.fundingProgrammes, {});
export const toNewFundingProgramme = () => linkTo(paths.newFundingProgramme, {});
export const toEditFundingProgramme = (params: Id) => linkTo(paths.editFundingProgramme, params);
export const toFundingProgrammeHistory = (params: Id) => linkTo(paths.fundingProgrammeHistory, params);
export const toNewFundingCall = (search: { county: string }) => linkTo(paths.newFundingCall, {}, search);
export const toEditFundingCall = (params: Id) => linkTo(paths.editFundingCall, params);
export const toEditFundingApplication = (params: Id) => linkTo(paths.editFundingApplication, params);
export const toNewFundingProject = (search: { county: string }) => linkTo(paths.newFundingProject, {}, search);
export const toEditFundingProject = (params: Id) => linkTo(paths.editFundingProject, params);
export const toNotifications = () => linkTo(paths.notifications, {});
export const toNotificationPreferences = () => linkTo(paths.notificationPreferences, {});
export const toUnsubscribe = (search: { token: string }) => linkTo(paths.unsubscribe, {}, search);
export const toConfirmSubscription = (search: { token: string }) => linkTo(paths.confirmSubscription, {}, search);
export const toCountyGrants = (params: { code: string }, search?: { revoked?: boolean }) =>
  linkTo(paths.countyGrants, params, search);
export const toNationalGrants = (search?: { revoked?: boolean }) => linkTo(paths.nationalGrants, {}, search);
export const toGrant = (params: Id) => linkTo(paths.grant, params);
export const toProfile = () => linkTo(paths.profile, {});
export const toOpenData = () => linkTo(paths.openData, {});
export const toAccessibility = () => linkTo(paths.accessibility, {});
export const toNational = (search?: { year?: number; county?: string }) => linkTo(paths.national, {}, search);
export const toLokMap = (search?: { year?: number; view?: 'table' }) => linkTo(paths.lokMap, {}, search);
export const toResultsReports = (search?: { county?: string; year?: number }) =>
  linkTo(paths.resultsReports, {}, search);
export const toResultsReport = (params: Id) => linkTo(paths.resultsReport, params);
export const toNationalResults = (params: { year: number }) =>
  linkTo(paths.nationalResults, { year: String(params.year) });
export const toWebhooks = () => linkTo(paths.webhooks, {});
