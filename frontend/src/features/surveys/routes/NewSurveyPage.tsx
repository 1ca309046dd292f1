import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionError, DateField, RequirePermission } from '../../../components';
import { BackLink, Button, Form, PageHeading, Select, TextArea, TextField } from '../../../design-system';
import type { Me } from '../../../lib/auth';
import { useCounties } from '../../../lib/reference';
import { toSurvey, toSurveys } from '../../../lib/links';
import { useCreateSurvey } from '../api/createSurvey';
import { RecipientsField, recipientsInput, type Recipients } from '../components/RecipientsField';
import '../styles.css';

const NATIONAL = 'national';

/**
 * The counties whose surveys the caller drafts: those they coordinate (every county for administrators). The rule is
 * the agreements' (SurveyPolicy.canCreate and AgreementPolicy.creationCounties both ask who coordinates the county),
 * so the session's list serves both.
 */
const surveyCounties = (me: Me) => me.permissions.agreementCounties;
const isAdmin = (me: Me) => me.roles.includes('admin');

/** A survey from scratch: owner, title, days, introduction and who is asked; themes and questions follow in the draft. */
export function NewSurveyPage() {
  const { t } = useTranslation();
  return (
    <RequirePermission allowed={(me) => surveyCounties(me).length > 0 || isAdmin(me)}>
      {(me) => (
        <>
          <BackLink href={toSurveys()}>{t('surveys.title')}</BackLink>
          <PageHeading>{t('surveys.create.title')}</PageHeading>
          <p>{t('surveys.create.help')}</p>
          <NewSurveyForm me={me} />
        </>
      )}
    </RequirePermission>
  );
}

function NewSurveyForm({ me }: { me: Me }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const counties = useCounties();
  const create = useCreateSurvey();
  const allowed = surveyCounties(me);
  const year = new Date().getFullYear();
  const [owner, setOwner] = useState<string | null>(
    me.countyCode && allowed.includes(me.countyCode) ? me.countyCode : (allowed[0] ?? NATIONAL),
  );
  const [title, setTitle] = useState('');
  const [surveyYear, setSurveyYear] = useState(String(year));
  const [opensOn, setOpensOn] = useState(`${String(year)}-09-01`);
  const [closesOn, setClosesOn] = useState(`${String(year)}-10-31`);
  const [introduction, setIntroduction] = useState('');
  const [recipients, setRecipients] = useState<Recipients>({ mode: 'default', includeRegion: false, chosen: [] });
  const national = owner === NATIONAL;
  return (
    <Form
      aria-label={t('surveys.create.title')}
      onSubmit={(event) => {
        event.preventDefault();
        create.mutate(
          {
            countyCode: national || owner === null ? undefined : owner,
            title,
            year: Number(surveyYear),
            opensOn,
            closesOn,
            introduction: introduction.trim() ? introduction : undefined,
            ...recipientsInput(recipients),
            themes: [],
          },
          { onSuccess: (created) => void navigate({ href: toSurvey({ id: created.id }) }) },
        );
      }}
    >
      <ActionError error={create.error} title={t('surveys.refused')} />
      <Select
        label={t('surveys.owner')}
        isRequired
        options={[
          ...(isAdmin(me) ? [{ id: NATIONAL, label: t('surveys.national') }] : []),
          ...(counties.data ?? [])
            .filter((county) => allowed.includes(county.code))
            .map((county) => ({ id: county.code, label: county.name })),
        ]}
        value={owner}
        onChange={setOwner}
      />
      <TextField label={t('surveys.titleLabel')} value={title} onChange={setTitle} isRequired />
      <TextField label={t('surveys.year')} value={surveyYear} onChange={setSurveyYear} inputMode="numeric" isRequired />
      <DateField label={t('surveys.opensOn')} value={opensOn} onChange={setOpensOn} isRequired />
      <DateField label={t('surveys.closesOn')} value={closesOn} onChange={setClosesOn} isRequired />
      <TextArea label={t('surveys.introduction')} value={introduction} onChange={setIntroduction} />
      <RecipientsField value={recipients} onChange={setRecipients} national={national} />
      <div className="survey-actions">
        <Button type="submit" variant="primary" isDisabled={create.isPending}>
          {t('surveys.create.submit')}
        </Button>
      </div>
    </Form>
  );
}
